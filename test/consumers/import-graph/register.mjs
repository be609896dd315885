// `node --import <this file>`: logs every file the process loads (see hooks.mjs).
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
