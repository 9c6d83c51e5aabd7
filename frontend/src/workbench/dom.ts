// Small DOM helpers. Every text from the server or a program is placed with textContent, so
// nothing a student's program prints or names can become markup.

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, className = "", text?: string, attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

export function button(text: string, className: string, testId: string, onClick: () => void): HTMLButtonElement {
  const b = el("button", className, text, { type: "button", "data-testid": testId });
  b.addEventListener("click", onClick);
  return b;
}
