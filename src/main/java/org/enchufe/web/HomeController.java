package org.enchufe.web;

import java.util.Locale;

import org.enchufe.kernel.FirstSocket;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The welcome page: what Enchufe is, and a first real socket at the press of a button. */
@Controller
class HomeController {

    private final SocketProbeRepository probes;
    private final ClientMessages clientMessages;

    HomeController(SocketProbeRepository probes, ClientMessages clientMessages) {
        this.probes = probes;
        this.clientMessages = clientMessages;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        model.addAttribute("socketsOpened", probes.count());
        model.addAttribute("firstSocketSource", FirstSocket.SOURCE.strip());
        model.addAttribute("clientMessages", clientMessages.json(locale));
        return "home";
    }
}
