// Enhancements only: every page works without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  // On a phone the filters are folded so the results show first; the disclosure opens them (with or without JS).
  if (window.matchMedia && window.matchMedia('(max-width: 51.99rem)').matches) {
    document.querySelectorAll('details[data-fold-narrow="yes"]').forEach(function (d) { d.open = false; });
  }
  document.addEventListener('change', function (event) {
    var el = event.target;
    if (el.hasAttribute && el.hasAttribute('data-autosubmit') && el.form) {
      if (el.form.requestSubmit) { el.form.requestSubmit(); } else { el.form.submit(); }
    }
  });
  document.querySelectorAll('button[data-copy-target]').forEach(function (button) {
    if (!navigator.clipboard) { return; }
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener('click', function () {
      var target = document.getElementById(button.getAttribute('data-copy-target'));
      var text = target.value !== undefined ? target.value : target.textContent;
      navigator.clipboard.writeText(text.trim()).then(function () {
        button.textContent = 'コピーしました';
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  });
}());
