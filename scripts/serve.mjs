// `npm start`: serves the built app and prints where to open it.
import { startStaticServer } from './staticServer.mjs';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '0.0.0.0';
const { url } = await startStaticServer({ root: 'dist', port, host });
console.log(`\nmotcua is running at ${url}/  (Ctrl+C to stop)`);
// Browsers run the app only on localhost or over HTTPS (a secure context): say so before a tablet
// is pointed at http://<this machine>.
console.log('Other devices (tablets): serve it over HTTPS behind a reverse proxy, see README "Deploying over HTTPS".\n');
