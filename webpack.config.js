// Production build of the task pane: one bundle per page, written to dist/addin and served by
// the gateway at /addin/. office.js is not bundled; the pages load it from OFFICE_JS_URL.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = dirname(fileURLToPath(import.meta.url));

export default (_env, argv) => ({
  mode: argv.mode ?? 'production',
  target: 'web',
  entry: { taskpane: './addin/index.ts', commands: './addin/commands.ts' },
  output: { path: resolve(root, 'dist/addin'), filename: '[name].js', clean: true },
  devtool: argv.mode === 'development' ? 'eval-source-map' : 'source-map',
  resolve: {
    extensions: ['.ts', '.tsx', '.js'],
    // Sources import with .js extensions (ESM on Node); webpack finds the .ts files behind them.
    extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
  },
  module: {
    rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: resolve(root, 'tsconfig.json'), compilerOptions: { noEmit: false } } }],
  },
  performance: { hints: false },
});
