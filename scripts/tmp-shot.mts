import { launchChromium, runAxe, axeSource } from './lib/browser-harness.js';
const b = await launchChromium('/usr/bin/chromium');
const p = await (await b.newContext({ viewport: { width: 1100, height: 1400 } })).newPage();
await p.goto('file:///tmp/hr/r.html');
await p.screenshot({ path: '/tmp/hr/shot.png', fullPage: false });
console.log(JSON.stringify(await runAxe(p, axeSource())));
await b.close();
