import { act, render, renderHook } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { useCompare } from './use-compare'

let lists = 0
const freshList = () => `hook-test-${++lists}`
const aurora = { id: 'hp-aurora-5', name: 'Northwind Aurora 5' }
const kestrel = { id: 'hp-kestrel-studio', name: 'Kestrel Studio Pro' }

describe('useCompare', () => {
  it('keeps every user of the same list in sync', () => {
    const listId = freshList()
    const { result } = renderHook(() => ({ card: useCompare({ listId }), tray: useCompare({ listId }) }))
    act(() => void result.current.card.add(aurora))
    expect(result.current.tray.ids).toEqual([aurora.id])
    expect(result.current.tray.has(aurora.id)).toBe(true)
    act(() => result.current.tray.remove(aurora.id))
    expect(result.current.card.items).toEqual([])
  })

  it('reports the limit and refuses products beyond it', () => {
    const listId = freshList()
    const { result } = renderHook(() => useCompare({ listId, max: 1 }))
    act(() => void result.current.add(aurora))
    expect(result.current.isFull).toBe(true)
    let added = true
    act(() => void (added = result.current.add(kestrel)))
    expect(added).toBe(false)
    expect(result.current.ids).toEqual([aurora.id])
  })

  it('keeps lists apart and restores a list after a remount (reload)', () => {
    const first = freshList()
    const second = freshList()
    const { result, unmount } = renderHook(() => ({ a: useCompare({ listId: first }), b: useCompare({ listId: second }) }))
    act(() => void result.current.a.add(kestrel))
    expect(result.current.b.ids).toEqual([])
    unmount()
    const again = renderHook(() => useCompare({ listId: first }))
    expect(again.result.current.ids).toEqual([kestrel.id])
  })

  it('renders nothing picked on the server, then the stored choice after hydration', () => {
    const listId = freshList()
    sessionStorage.setItem(`jk:compare:${listId}`, JSON.stringify([aurora]))
    function Count() {
      return <span>{useCompare({ listId }).items.length}</span>
    }
    expect(renderToString(<Count />)).toBe('<span>0</span>')
    const { container } = render(<Count />)
    expect(container).toHaveTextContent('1')
  })
})
