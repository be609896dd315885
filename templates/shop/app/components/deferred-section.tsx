import { memo, Suspense, use, useEffect, useId, useRef, useState, type ComponentType } from 'react'
import { useFetchers, useLocation, useNavigation, useRevalidator } from 'react-router'

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

/** Resolves with the section's component once its code has loaded; `open()` starts (or retries) the load. */
interface Gate<T> {
  promise: Promise<T>
  open(): void
}

/** Calls `open` once the visitor comes near or turns to the section's element; returns the clean-up. */
type Trigger = (element: HTMLElement, open: () => void) => () => void

interface DeferOptions {
  /** The wrapper's class, for a section that is a layout item (e.g. a flex child of the header). */
  className?: string
}

/**
 * A below-the-fold section whose code the page does not load up front. The server renders it in
 * full, so its content, links and anchors are there from the first byte; in the browser its
 * server HTML stays as served until the section comes near the viewport, and only then is its
 * chunk loaded and the section hydrated (React keeps a suspended boundary's server HTML in
 * place). Rendered in the browser (a client-side navigation), it loads at once. If its code
 * cannot load, the server HTML stays (not interactive) and the next approach retries.
 * The wrapper gets `data-hydrated` once the section is interactive.
 *
 * React keeps a boundary's server HTML only while the boundary receives no update, so the section
 * re-renders only when its props change (shallowly); such a change before its code arrived (e.g. a
 * revalidation) loads it at once.
 */
export function deferUntilVisible<P extends object>(load: () => Promise<ComponentType<P>>, options: DeferOptions & { rootMargin?: string } = {}) {
  return deferUntil(load, options, (element, open) => {
    if (typeof IntersectionObserver === 'undefined') {
      open()
      return () => {}
    }
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && open(), {
      rootMargin: options.rootMargin ?? '300px 0px',
    })
    observer.observe(element)
    return () => observer.disconnect()
  })
}

/** What shows the visitor is about to use the page: a pointer over the section, or a press, a touch, a turn of the mouse wheel, a key or keyboard focus anywhere. */
const INTERACTIONS = ['pointerover', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin'] as const

/**
 * A section on the first screen that works as plain HTML until used (a GET form, links): like
 * `deferUntilVisible`, but its code loads only once the visitor acts: a pointer over it, or a press,
 * a touch, a turn of the mouse wheel, a key or keyboard focus anywhere on the page, so a visit that
 * does nothing never downloads it.
 * Anywhere, not only on the section: a router update waits for the section's code (see
 * `useRouterMoved`), and a fetcher started by a click elsewhere (the checkout's pay button) must not
 * wait for a download that only then begins. The browser's own behaviour (typing, a form's submit)
 * works meanwhile.
 */
export function deferUntilInteraction<P extends object>(load: () => Promise<ComponentType<P>>, options: DeferOptions = {}) {
  return deferUntil(load, options, (element, open) => {
    const onInteraction = (event: Event) => (event.type !== 'pointerover' || (event.target instanceof Node && element.contains(event.target))) && open()
    // On the window, capturing: React stops these events at its root while their target is not hydrated yet.
    for (const type of INTERACTIONS) window.addEventListener(type, onInteraction, { capture: true, passive: true })
    // focus that arrived before hydration (a visitor quick on the Tab key) counts too
    if (element.contains(document.activeElement)) open()
    return () => INTERACTIONS.forEach((type) => window.removeEventListener(type, onInteraction, { capture: true }))
  })
}

/**
 * Content with nothing to operate (text, prices, links): the server's HTML stays as served and the
 * page never loads its code, until its props change (a revalidation), the router moves (see
 * `useRouterMoved`) or the browser renders it itself (a client-side navigation). Links and anchors
 * in it work as plain HTML.
 */
export function deferUntilChanged<P extends object>(load: () => Promise<ComponentType<P>>, options: DeferOptions = {}) {
  return deferUntil(load, options, () => () => {})
}

/**
 * Whether the router has moved since the section mounted: a navigation, a fetcher, a revalidation or
 * a new location (a `#fragment` link too). Its new state reaches every boundary below the router as a
 * context change, and React must hydrate a boundary still holding server HTML before it can apply
 * one: the section's code has to be on its way, or the router's update waits for it for good.
 */
function useRouterMoved(): boolean {
  const location = useLocation()
  const navigation = useNavigation()
  const fetchers = useFetchers()
  const revalidator = useRevalidator()
  const firstLocation = useRef(location.key)
  return location.key !== firstLocation.current || navigation.state !== 'idle' || revalidator.state !== 'idle' || fetchers.some((fetcher) => fetcher.state !== 'idle')
}

function deferUntil<P extends object>(load: () => Promise<ComponentType<P>>, options: DeferOptions, trigger: Trigger) {
  let loading: Tracked<ComponentType<P>> | undefined
  const loadOnce = () => {
    if (!loading) {
      loading = tracked(load())
      // a failed chunk (offline, a deploy replaced it) is asked for again next time
      loading.catch(() => (loading = undefined))
    }
    return loading
  }
  // Ready before the first request, so the server renders the section synchronously in the shell.
  if (import.meta.env.SSR) void loadOnce()

  function createGate(): Gate<ComponentType<P>> {
    let resolve!: (component: ComponentType<P>) => void
    const promise = new Promise<ComponentType<P>>((settle) => (resolve = settle))
    let opened = false
    return {
      promise,
      open() {
        if (opened) return
        opened = true
        loadOnce().then(resolve, () => (opened = false))
      },
    }
  }

  function Loaded({ component, props, onMount }: { component: Promise<ComponentType<P>>; props: P; onMount: () => void }) {
    const Component = use(component)
    useEffect(onMount, [onMount])
    return <Component {...props} />
  }

  function DeferredSection(props: P) {
    const wrapper = useRef<HTMLDivElement>(null)
    const id = useId()
    // Hydrating this section if the server's HTML for it is in the document: then wait to be near.
    const [gate] = useState<Gate<ComponentType<P>>>(() => {
      // The server renders with the code it loaded at start; so does the browser once it has it.
      if (import.meta.env.SSR || loading?.status === 'fulfilled') return { promise: loadOnce(), open() {} }
      const gate = createGate()
      const hydrating = document.querySelector(`[data-deferred="${CSS.escape(id)}"]`) !== null
      if (!hydrating) gate.open()
      return gate
    })
    const [mounted, setMounted] = useState(false)
    const [onMount] = useState(() => () => setMounted(true))
    const firstProps = useRef(props)
    const routerMoved = useRouterMoved()

    useEffect(() => {
      const element = wrapper.current
      if (!element) return gate.open()
      return trigger(element, gate.open)
    }, [gate])

    // New props (or router state, see useRouterMoved) cannot update server HTML: React hydrates the
    // section first, and inside a transition (a revalidation) it waits for that, so the code must be on its way now.
    if (firstProps.current !== props || routerMoved) gate.open()

    return (
      <div ref={wrapper} className={options.className} data-deferred={id} data-hydrated={mounted ? '' : undefined}>
        <Suspense fallback={null}>
          <Loaded component={gate.promise} props={props} onMount={onMount} />
        </Suspense>
      </div>
    )
  }
  // Same props, no re-render: a parent's update must not reach a boundary still holding server HTML.
  return memo(DeferredSection)
}
