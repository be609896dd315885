/** The default way blocks open a link they were given: a full page load, as a plain `<a>` would. */
export function navigateTo(href: string): void {
  window.location.assign(href)
}
