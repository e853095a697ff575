import { readFileSync } from 'node:fs';
const text = readFileSync('/work/shared/data/articles/myanmar-junta-woos-moscow.txt', 'utf8');
let c = process.cpuUsage(); let n = 0;
for (let i = 0; i < 5000; i++) n += text.split(/\s+/).length;
let d = process.cpuUsage(c); console.log('split', ((d.user + d.system) / 5000).toFixed(1), 'µs');
c = process.cpuUsage(); let x = 0;
for (let i = 0; i < 3e7; i++) x = (x * 31 + i) | 0;
d = process.cpuUsage(c); console.log('int loop 3e7', ((d.user + d.system) / 1000).toFixed(1), 'ms', x);
