// The page's own link opens the floating feedback dialog from code.
document.getElementById('feedback-link').addEventListener('click', () => document.getElementById('feedback').open());
