import { loadConfigOrExit } from './config.js';
import { closeOnSignals, describeServer, startServerOrExit } from './start-server.js';

// The API server alone (production). `pnpm start` at the root also serves the example pages.
const config = loadConfigOrExit();
const server = await startServerOrExit(config);
console.log(['', ...describeServer(server)].join('\n'));
closeOnSignals(() => server.app.close());
