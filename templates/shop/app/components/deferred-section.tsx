import { memo, Suspense, use, useEffect, useRef, useState, type ComponentType } from 'react'

type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown }

/** Records a promise's outcome on the promise itself, which is how React's `use` reads a settled promise without suspending. */
function tracked<T>(promise: Promise<T>): Tracked<T> {
  const result = promise as Tracked<T>
  promise.then(
    (value) => Object.assign(result, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(result, { status: 'rejected', reason }),
  )
  return result
}

interface Gate<T> {
  promise: Promise<T>
  open?: () => void
}

function shallowEqual(a: object, b: object): boolean {
  const keys = Object.keys(a) as (keyof typeof a)[]
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]))
}

/** Set once the first page has hydrated: sections rendered after that (client-side navigations) load at once. */
let pageHydrated = false

/**
 * A below-the-fold section whose code the page does not load up front. The server renders it in
 * full, so its content, links and anchors are there from the first byte; in the browser its
 * server HTML stays as served until the section comes near the viewport, and only then is its
 * chunk loaded and the section hydrated (React keeps a suspended boundary's server HTML in
 * place). Rendered after the first page (a client-side navigation), it loads at once.
 * The wrapper gets `data-hydrated` once the section is interactive.
 *
 * React can only keep server HTML that receives no update: the section's props are compared
 * shallowly, and a real change before its code arrived (e.g. a revalidation) loads it at once.
 */
export function deferUntilVisible<P extends object>(load: () => Promise<ComponentType<P>>, options: { rootMargin?: string } = {}) {
  let loading: Tracked<ComponentType<P>> | undefined
  const loadOnce = () => (loading ??= tracked(load()))
  // Ready before the first request, so the server renders the section synchronously in the shell.
  if (import.meta.env.SSR) void loadOnce()

  const Loaded = memo(
    function Loaded({ gate, props, onMount }: { gate: Gate<ComponentType<P>>; props: P; onMount: () => void }) {
      const Component = use(gate.promise)
      useEffect(onMount, [onMount])
      return <Component {...props} />
    },
    (before, after) => before.gate === after.gate && before.onMount === after.onMount && shallowEqual(before.props, after.props),
  )

  function DeferredSection(props: P) {
    const wrapper = useRef<HTMLDivElement>(null)
    const [gate] = useState<Gate<ComponentType<P>>>(() => {
      if (import.meta.env.SSR || pageHydrated) return { promise: loadOnce() }
      let open!: () => void
      const promise = new Promise<ComponentType<P>>((resolve, reject) => {
        open = () => void loadOnce().then(resolve, reject)
      })
      return { promise, open }
    })
    const [mounted, setMounted] = useState(false)
    const [onMount] = useState(() => () => setMounted(true))
    const firstProps = useRef(props)

    useEffect(() => {
      pageHydrated = true
      const { open } = gate
      const element = wrapper.current
      if (!open) return
      if (!element || typeof IntersectionObserver === 'undefined') return open()
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return
          observer.disconnect()
          open()
        },
        { rootMargin: options.rootMargin ?? '300px 0px' },
      )
      observer.observe(element)
      return () => observer.disconnect()
    }, [gate])

    // New props cannot update server HTML: React hydrates the section first, and inside a
    // transition (a revalidation) it waits for that, so the code must be on its way now.
    if (gate.open && !shallowEqual(firstProps.current, props)) gate.open()

    return (
      <div ref={wrapper} data-hydrated={mounted ? '' : undefined}>
        <Suspense fallback={null}>
          <Loaded gate={gate} props={props} onMount={onMount} />
        </Suspense>
      </div>
    )
  }
  return DeferredSection
}
