/*
 * A component whose code is a separate chunk, like React.lazy, that renders synchronously once its chunk has been
 * preloaded (React.lazy always suspends once, even when the chunk is already there). The pane preloads the chunks
 * right after its first render, so opening a tab never shows a spinner on a normal start.
 */
import { createElement, type ComponentType } from 'react';

export interface Preloadable<P> {
  readonly Component: ComponentType<P>;
  preload(): Promise<void>;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let failure: { error: unknown } | undefined;
  let pending: Promise<void> | undefined;
  const preload = (): Promise<void> => {
    pending ??= load().then(
      (component) => { loaded = component; },
      (error: unknown) => { failure = { error }; },
    );
    return pending;
  };
  function PreloadableComponent(props: P): JSX.Element {
    if (loaded) return createElement(loaded, props);
    // A chunk that could not load fails like a render error (an error boundary shows it); the next mount retries.
    if (failure) {
      const { error } = failure;
      failure = undefined;
      pending = undefined;
      throw error;
    }
    // Suspense's protocol: React shows the fallback and renders again once the chunk is there.
    throw preload();
  }
  return { Component: PreloadableComponent, preload };
}
