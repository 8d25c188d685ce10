// Keeps a page's broadcast progress bars live: while any is preparing or sending, asks the page's
// progress endpoint (data-progress-src, same origin, the session cookie) every two seconds and
// updates each bar, its words and its status; a detail page is loaded again once it has ended. Loaded as a file: the CSP allows no inline script.
(() => {
  const source = document.querySelector("[data-progress-src]");
  if (!source) return;
  const url = source.getAttribute("data-progress-src");
  const live = () => document.querySelector('.progress[data-live="1"]') !== null;
  const update = (item) => {
    for (const box of document.querySelectorAll(`.progress[data-bc="${CSS.escape(item.id)}"]`)) {
      const bar = box.querySelector("progress");
      if (bar) {
        bar.max = Math.max(item.total, 1);
        bar.value = item.total > 0 ? item.done : 1;
      }
      const text = box.querySelector(".progress-text");
      if (text) text.textContent = item.text;
      box.setAttribute("data-live", item.status === "preparing" || item.status === "sending" ? "1" : "0");
      const planned = item.status === "approval" || item.status === "scheduled" || item.status === "rejected";
      box.setAttribute("data-percent", planned ? "0" : String(item.percent));
    }
    for (const status of document.querySelectorAll(`[data-status="${CSS.escape(item.id)}"]`)) {
      status.textContent = item.statusText;
    }
  };
  // A detail page shows counts the bar does not: once its broadcast ends, it is loaded again.
  const reloadWhenDone = source.hasAttribute("data-reload-when-done") && live();
  const tick = async () => {
    if (!live()) {
      if (reloadWhenDone) location.reload();
      return;
    }
    try {
      const res = await fetch(url, { credentials: "same-origin", headers: { accept: "application/json" } });
      if (res.ok) for (const item of await res.json()) update(item);
    } catch {
      // Offline for a moment: the next tick tries again.
    }
    setTimeout(tick, 2000);
  };
  setTimeout(tick, 1000);
})();
