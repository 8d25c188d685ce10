// The broadcast form's live audience count: when a region, topic or language changes, asks the
// count endpoint (data-count-src) and shows the number. Loaded as a file: the CSP allows no inline script.
(() => {
  const form = document.querySelector("form[data-count-src]");
  const out = document.getElementById("bc-count");
  if (!(form instanceof HTMLFormElement) || !out) return;
  const url = form.getAttribute("data-count-src");
  let asked = 0;
  const count = async () => {
    const mine = ++asked;
    const query = new URLSearchParams();
    for (const name of ["regions", "topics", "lang"]) {
      for (const value of new FormData(form).getAll(name)) query.append(name, String(value));
    }
    out.textContent = "…";
    try {
      const res = await fetch(`${url}?${query}`, { credentials: "same-origin" });
      const body = res.ok ? await res.json() : null;
      if (mine === asked) out.textContent = body ? body.text : "?";
    } catch {
      if (mine === asked) out.textContent = "?";
    }
  };
  form.addEventListener("change", (event) => {
    const name = event.target instanceof HTMLInputElement ? event.target.name : "";
    if (name === "regions" || name === "topics" || name === "lang") count();
  });
  count();
})();
