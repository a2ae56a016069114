// `pnpm start`: the whole system — the API with the widget on PORT (3000), and the
// example e-loket pages on their own origin at EXAMPLES_PORT (3001), as a real
// embedding site would be.
import { startExamplesSite } from '@feedbackinstrument/examples';
import { loadConfigOrExit } from '@feedbackinstrument/server/config';
import { closeOnSignals, describeServer, startServer } from '@feedbackinstrument/server/start-server';

const config = loadConfigOrExit();
const server = await startServer(config);
const examplesPort = Number(process.env.EXAMPLES_PORT ?? config.port + 1);
const examples = await startExamplesSite({ port: examplesPort, host: config.host, feedbackOrigin: server.url });

console.log(['', ...describeServer(server), `  Example pages:  ${examples.url}/`, ''].join('\n'));
closeOnSignals(async () => {
  await examples.close();
  await server.app.close();
});
