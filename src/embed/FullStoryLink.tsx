// "Full story page": the story page, at the place the reader has open or the embed's own (useStoryHref).
import type { LinkWay } from '../../shared/embed/options.ts';
import { StoryLink } from './StoryLink.tsx';
import { useStoryHref } from './useStoryHref.ts';

export interface FullStoryLinkProps {
  /** The embed's own place and event (?place=, ?event=). */
  readonly place: string | null;
  readonly event: string | null;
  readonly way: LinkWay;
  readonly wordPressSecret: string | null;
}

export function FullStoryLink({ place, event, way, wordPressSecret }: FullStoryLinkProps) {
  return (
    <StoryLink href={useStoryHref(place, event)} way={way} wordPressSecret={wordPressSecret}>
      Full story page
    </StoryLink>
  );
}
