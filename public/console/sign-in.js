// The Mini App's sign-in: Telegram opens the page with its initData in the URL fragment
// (#tgWebAppData=…), which never reaches the server by itself. Copy it into the page's form and post it.
// Telegram's own Mini App script is not loaded: nothing may come from a CDN, and this is all we need of it.
(() => {
  const form = document.getElementById("webapp-sign-in");
  if (!(form instanceof HTMLFormElement)) return;
  const initData = new URLSearchParams(location.hash.slice(1)).get("tgWebAppData");
  // The fragment is a credential for an hour: keep it out of the address bar and the history.
  history.replaceState(null, "", location.pathname + location.search);
  if (!initData) {
    // Opened without Telegram's data (reloaded, or typed in): an existing session may still let her in.
    location.replace("/console");
    return;
  }
  const field = form.elements.namedItem("init_data");
  if (!(field instanceof HTMLInputElement)) return;
  field.value = initData;
  form.submit();
})();
