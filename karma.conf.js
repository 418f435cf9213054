// Karma for Tend's unit tests: Jasmine in headless Debian Chromium, with real IndexedDB.
process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';

const fs = require('node:fs');

// Writes the run's counts for scripts/unit.mjs, which prints the plain "unit: N passed, N failed".
function SummaryReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  let skipped = 0;
  this.onSpecComplete = (_browser, result) => {
    if (result.skipped || result.pending) skipped++;
  };
  this.onRunComplete = (_browsers, results) => {
    const file = process.env.TEND_UNIT_SUMMARY;
    if (!file) return;
    fs.writeFileSync(file, JSON.stringify({ passed: results.success, failed: results.failed, skipped, error: results.error }));
  };
}
SummaryReporter.$inject = ['baseReporterDecorator'];

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher'), { 'reporter:summary': ['type', SummaryReporter] }],
    client: { jasmine: { random: true }, clearContext: false },
    reporters: ['dots', 'summary'],
    browsers: ['ChromeHeadlessNoSandbox'],
    customLaunchers: {
      ChromeHeadlessNoSandbox: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    },
    browserNoActivityTimeout: 120000,
    browserDisconnectTimeout: 30000,
    captureTimeout: 120000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
