/*
 * Emits the sample workbook as sample.json next to the preview page, converted at build time (sampleWorkbook.js).
 * The .xlsx is a file dependency, so a watch or a cached build picks up a regenerated sample.
 */
'use strict';

const webpack = require('webpack');
const { readSampleWorkbook, SAMPLE_JSON_FILE } = require('./sampleWorkbook');

class SampleWorkbookPlugin {
  /** @param {{ file: string }} options absolute path of the .xlsx */
  constructor({ file }) {
    this.file = file;
  }

  apply(compiler) {
    const name = 'SampleWorkbookPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        compilation.fileDependencies.add(this.file);
        const workbook = await readSampleWorkbook(this.file);
        compilation.emitAsset(SAMPLE_JSON_FILE, new webpack.sources.RawSource(JSON.stringify(workbook)));
      });
    });
  }
}

module.exports = { SampleWorkbookPlugin };
