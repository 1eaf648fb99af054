import { chromium } from 'playwright-core';
const [,, path, out, width='1280', theme='light', y='0', h='1200'] = process.argv;
const b = await chromium.launch({executablePath:'/usr/bin/chromium', args:['--no-sandbox','--disable-gpu']});
const ctx = await b.newContext({viewport:{width:+width,height:900}, colorScheme: theme});
const page = await ctx.newPage();
await page.addInitScript((t)=>localStorage.setItem('starlight-theme', t), theme);
await page.goto('http://127.0.0.1:4399'+path);
await page.screenshot({path: out, fullPage: true, clip:{x:0,y:+y,width:+width,height:+h}});
await b.close();
