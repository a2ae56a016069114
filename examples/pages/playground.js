// Builds the widget from the query string: lang, mode, service, context, follow-ups.
const query = new URLSearchParams(location.search);
if (query.has('lang')) document.documentElement.lang = query.get('lang');
const widget = document.createElement('feedback-instrument');
widget.setAttribute('service', query.get('service') ?? 'gent-afspraak-burgerzaken');
for (const name of ['mode', 'context', 'follow-ups', 'step']) {
  if (query.has(name)) widget.setAttribute(name, query.get(name));
}
document.getElementById('slot').append(widget);
