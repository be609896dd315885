import { defineConfig } from 'vite'
import { shopViteConfig } from './vite.shop'

export default defineConfig(shopViteConfig())
