// Production build of the task pane: one bundle per page, written to dist/addin and served by
// the gateway at /addin/. office.js is not bundled; the pages load it from OFFICE_JS_URL.
// The first view (the template gallery) is taskpane.js; the template form, the suggestion card
// and the Revise tab are split into chunks loaded on first use, to keep the first view small.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = dirname(fileURLToPath(import.meta.url));

export default (_env, argv) => {
  const mode = argv.mode ?? 'production';
  return {
    mode,
    target: 'web',
    entry: { taskpane: './addin/index.tsx', commands: './addin/commands.ts', admin: './addin/admin.tsx', signin: './addin/signin/page.ts' },
    output: {
      path: resolve(root, 'dist/addin'),
      filename: '[name].js',
      // Content-hashed chunks can be cached forever; the entry names stay stable for the pages.
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      // Chunks load from wherever taskpane.js was loaded (the gateway's /addin/).
      publicPath: 'auto',
      clean: true,
    },
    devtool: mode === 'development' ? 'eval-source-map' : 'source-map',
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Sources import with .js extensions (ESM on Node); webpack finds the .ts files behind them.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: resolve(root, 'tsconfig.json'),
            // ES modules out, so webpack can tree-shake and split at import().
            compilerOptions: { noEmit: false, module: 'esnext', moduleResolution: 'bundler' },
          },
        },
      ],
    },
    // React and Fluent read process.env.NODE_ENV: production drops their development checks.
    optimization: { nodeEnv: mode },
    performance: { hints: false },
  };
};
