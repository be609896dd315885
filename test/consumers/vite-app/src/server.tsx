// The same page rendered to HTML in Node, as a server-rendering app would (`npm run build:server && node dist-server/server.js`).
import { resolveAttribution } from '@journeykit/core'
import { renderToString } from 'react-dom/server'
import { App } from './App'

console.log(renderToString(<App attribution={resolveAttribution('https://shop.example/', '')} />))
