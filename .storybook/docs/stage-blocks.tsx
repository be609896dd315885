import type { Meta } from '@storybook/react-vite'
import { toId } from 'storybook/internal/csf'

type StoriesModule = { default: Meta & { component?: { displayName?: string; name?: string; __docgenInfo?: { description?: string } } } }

// Every block's stories file: their meta carries the `stage:*` tag the blocks are grouped by.
const modules = Object.values(import.meta.glob<StoriesModule>('../../packages/*/src/**/*.stories.tsx', { eager: true }))

/** The blocks tagged `stage:<stage>`, each linked to its docs page, with its description. */
export function StageBlocks({ stage }: { stage: string }) {
  const blocks = modules
    .map((module) => module.default)
    .filter((meta) => meta.tags?.includes(`stage:${stage}`) && meta.title)
    .sort((a, b) => a.title!.localeCompare(b.title!))
  return (
    <ul style={{ display: 'grid', gap: 12, padding: 0, listStyle: 'none' }}>
      {blocks.map((meta) => (
        <li key={meta.title} style={{ padding: '12px 16px', border: '1px solid #e4e4e7', borderRadius: 8 }}>
          <a href={`./?path=/docs/${toId(meta.title!, 'docs')}`} target="_top" style={{ fontWeight: 600 }}>
            {meta.title}
          </a>
          {meta.component?.__docgenInfo?.description && (
            <p style={{ margin: '4px 0 0' }}>{meta.component.__docgenInfo.description.split('\n\n')[0]}</p>
          )}
        </li>
      ))}
    </ul>
  )
}
