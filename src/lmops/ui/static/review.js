// The reviewing screen's keys: 1-9 choose in the highlighted field (the next field is then
// highlighted), Tab / ArrowDown / ArrowUp move between fields, c writes the comment (Esc leaves
// it), Enter submits, s skips. Keys typed in a text box are left alone.
(function () {
  const form = document.getElementById("rubric");
  if (!form) return;
  const fields = Array.from(form.querySelectorAll("fieldset.field"));
  let active = 0;
  function highlight(i) {
    active = Math.max(0, Math.min(fields.length - 1, i));
    fields.forEach((f, j) => f.classList.toggle("active", j === active));
  }
  highlight(0);
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const typing = e.target instanceof HTMLTextAreaElement || (e.target instanceof HTMLInputElement && e.target.type !== "radio");
    if (typing) {
      if (e.key === "Escape") { e.target.blur(); e.preventDefault(); }
      return;
    }
    const field = fields[active];
    if (/^[1-9]$/.test(e.key) && field && field.dataset.kind !== "text") {
      const options = field.querySelectorAll("input[type=radio]");
      const option = options[Number(e.key) - 1];
      if (option) { option.checked = true; highlight(active + 1); }
      e.preventDefault();
    } else if (e.key === "Tab" || e.key === "ArrowDown") {
      highlight(e.shiftKey ? active - 1 : active + 1); e.preventDefault();
    } else if (e.key === "ArrowUp") {
      highlight(active - 1); e.preventDefault();
    } else if (e.key === "c") {
      const box = form.querySelector("textarea");
      if (box) { box.focus(); e.preventDefault(); }
    } else if (e.key === "Enter") {
      form.requestSubmit(); e.preventDefault();
    } else if (e.key === "s") {
      document.getElementById("skip").requestSubmit(); e.preventDefault();
    }
  });
  document.body.dataset.keys = "ready";  // for the browser tests: the keys work from now on
})();
