// The analysts' dashboard. Served by the API server at /dashboard/; talks only to the
// public analyst API of the contract, with the session cookie of a signed-in analyst.
// The kernel's stylesheets come first, in this order; each feature's page imports its own.
import './kernel/base.css';
import './kernel/layout.css';
import './kernel/forms.css';
import './kernel/components.css';
import './app/fi-dashboard.js';
