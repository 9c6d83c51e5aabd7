import noexiste
