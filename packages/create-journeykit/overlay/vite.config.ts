import { defineConfig } from 'vite'
import { shopViteConfig } from './vite.shop.ts'

export default defineConfig(shopViteConfig())
