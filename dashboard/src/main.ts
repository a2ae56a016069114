// The analysts' dashboard. Served by the API server at /dashboard/; talks only to the
// public analyst API of the contract, with the session cookie of a signed-in analyst.
import './styles.css';
import './kernel/fi-dashboard.js';
