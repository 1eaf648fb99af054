import { launchPuppeteer } from '../support/engines/puppeteer-driver';
import { engineSuite } from './engine-suite';

// Firefox ESR over WebDriver BiDi.
engineSuite(() => launchPuppeteer('firefox'));
