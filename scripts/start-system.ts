// `pnpm start`: the whole system — the API with the widget on PORT (3000), and the
// example e-loket pages on their own origin at EXAMPLES_PORT (PORT + 1), as a real
// embedding site would be. The sample services are told to allow the example pages'
// origin of this start, so they take feedback on any PORT/EXAMPLES_PORT.
import { startExamplesSite } from '@feedbackinstrument/examples';
import { allowExampleOrigins, exampleOrigins } from '@feedbackinstrument/server/imports/seed';
import { loadConfigOrExit } from '@feedbackinstrument/server/config';
import { closeOnSignals, describeServer, startServerOrExit } from '@feedbackinstrument/server/start-server';

const config = loadConfigOrExit();
const server = await startServerOrExit(config);
const examplesPort = Number(process.env.EXAMPLES_PORT ?? config.port + 1);
const examples = await startExamplesSite({ port: examplesPort, host: config.host, feedbackOrigin: server.url });
await allowExampleOrigins(server.app.db, exampleOrigins(config.host, examples.port));

console.log(['', ...describeServer(server), `  Example pages:  ${examples.url}/`, ''].join('\n'));
closeOnSignals(async () => {
  await examples.close();
  await server.app.close();
});
