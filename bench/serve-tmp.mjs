import { serve } from './server.mjs';
const s = await serve('bench/results/site'); console.log(s.url);
setInterval(() => {}, 1e6);
