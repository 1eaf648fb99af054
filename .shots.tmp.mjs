import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4391/tools/scorecard/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
async function shot(name, { width, dark, act }) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(base);
  if (dark) await page.evaluate(() => { document.documentElement.dataset.theme = 'dark'; });
  await page.locator('.scorecard[data-ready]').waitFor();
  if (act) await act(page);
  const el = page.locator('.sc-ranking');
  await el.screenshot({ path: `/work/notes/shots/${name}.png` });
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(name, 'scrollWidth', sw);
  await ctx.close();
}
const lowerAi = async (page) => { await page.getByRole('slider', { name: 'AI ecosystem' }).focus(); await page.keyboard.press('Home'); await page.waitForTimeout(300); };
await shot('scorecard-charts-1280-light-before', { width: 1280 });
await shot('scorecard-charts-1280-light-after', { width: 1280, act: lowerAi });
await shot('scorecard-charts-360-dark-before', { width: 360, dark: true });
await shot('scorecard-charts-360-dark-after', { width: 360, dark: true, act: lowerAi });
await shot('scorecard-presets-1280-light', { width: 1280, act: async (page) => { await page.getByRole('button', { name: 'Fintech API' }).click(); await page.waitForTimeout(300); await page.locator('.sc-weights').screenshot({ path: '/work/notes/shots/scorecard-presets-weights-1280-light.png' }); } });
await browser.close();
