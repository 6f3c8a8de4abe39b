/**
 * Eligibility answers evaluated off the event loop (issue 20). At scale a first answer evaluates tens of
 * thousands of memberships; in the API's own thread that held every other request (the load shedder answered
 * them 503); so did whyNot and the profile (21 whyNots), at a million nodes for seconds. Here one long-lived
 * worker thread runs the operations (protocol.ts: evaluate, whyNot, profile), in turn; each set of facts is sent to it
 * once (structured clone) and kept there, so the next questions on the same facts send only the question; an
 * answer's decision stays there too (answerOffThread): its head and each page asked come back packed (packed.ts).
 * Small facts (the seed) are evaluated in this thread: a message costs more than the answer.
 * The worker holds the process open only while it has work; if it fails, the pending answers are evaluated
 * here, and the next question starts a new worker.
 */
import { Worker } from 'node:worker_threads';
import { WORKER_EXEC_ARGV } from '../worker-options.js';
import type {
  ActorFact,
  ActorProfile,
  AssumptionInput,
  Decision,
  EligibilityFacts,
  WhyNotResult,
} from '../domain/eligibility/index.js';
import { headOf, pageOf, type DecisionHead, type PageSlice } from './answer-head.js';
import type { AskPage } from './answer-view.js';
import {
  errorOf,
  evaluateHere,
  resultOf,
  runHere,
  type EvaluateMessage,
  type EvaluateReply,
  type FactsSource,
  type Operation,
  type QuestionInput,
  type Result,
  type SharedRead,
  withActors,
} from './protocol.js';

/**
 * Facts smaller than this (factsSize) are evaluated in this thread (the seed's are a few hundred). At 100k nodes an
 * objective's facts held 2,960 actors but also 2,255 agreement parties and 1,194 memberships, and evaluating them
 * here held the event loop for 0.4-1 s: the size counts all three.
 */
export const WORKER_MIN_ACTORS = 5_000;

/** What evaluating costs grows with: the actors, the agreements' parties and the explicit memberships. */
export function factsSize(facts: EligibilityFacts): number {
  let size = facts.actors.size + facts.agreements.length;
  for (const target of facts.targets.values()) size += target.members.length;
  return size;
}

interface Pending {
  message: EvaluateMessage;
  /** The facts sent; none when the worker reads them itself (message.source). */
  facts?: EligibilityFacts;
  /** The result computed in this thread, if the worker fails (failAll). */
  here: () => Result | Promise<Result>;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/** Facts made by factsWithActors: from which facts, with which actors added. */
const derivations = new WeakMap<EligibilityFacts, { from: EligibilityFacts; actors: ActorFact[] }>();

/**
 * The facts with some actors added (protocol.ts withActors), remembered as such: a worker that holds the facts
 * they come from is sent only the actors (issue 20: at a million nodes a second copy of an objective's facts for
 * every what-if question cost about 2 s of the API's thread and as much memory in the worker).
 */
export function factsWithActors(facts: EligibilityFacts, actors: readonly ActorFact[]): EligibilityFacts {
  const derived = withActors(facts, actors);
  derivations.set(derived, { from: facts, actors: [...actors] });
  return derived;
}

const factsIds = new WeakMap<EligibilityFacts, number>();
let nextFactsId = 1;
/** A new id for a set of facts: those sent (idOf), or those the worker reads (FactsSource). */
export const newFactsId = (): number => nextFactsId++;
const idOf = (facts: EligibilityFacts) => {
  let id = factsIds.get(facts);
  if (id === undefined) factsIds.set(facts, (id = newFactsId()));
  return id;
};

export class EligibilityWorker {
  private worker: Worker | null = null;
  /** The facts the current worker has been sent (a new worker starts with none). */
  private sent = new WeakSet<EligibilityFacts>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Operations answered in this thread because the worker failed or could not start (failAll). */
  answeredHere = 0;
  /** Operations the worker answered, and the sets of facts sent to it (none when it reads them itself). */
  answered = 0;
  factsSent = 0;

  constructor(private readonly url = new URL('./worker.mjs', import.meta.url)) {}

  evaluate(facts: EligibilityFacts, question: QuestionInput): Promise<Decision> {
    return this.run<Decision>(facts, { kind: 'evaluate', question });
  }

  /** The operation's result, computed in the worker (in this thread if the worker fails). */
  run<T extends Result>(facts: EligibilityFacts, operation: Operation): Promise<T> {
    const message: EvaluateMessage = { id: this.nextId++, factsId: idOf(facts), operation };
    return this.send<T>(message, facts, () => runHere(facts, operation));
  }

  /**
   * The operation's result on facts the worker reads itself (`source`, kept there as `factsId`); `here` computes it
   * in this thread if the worker fails.
   */
  runRead<T extends Result>(
    source: FactsSource,
    factsId: number,
    operation: Operation,
    here: () => Promise<Result>,
  ): Promise<T> {
    return this.send<T>({ id: this.nextId++, factsId, operation, source }, undefined, here);
  }

  private send<T extends Result>(
    message: EvaluateMessage,
    facts: EligibilityFacts | undefined,
    here: Pending['here'],
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.set(message.id, { message, facts, here, resolve: resolve as (result: Result) => void, reject });
      if (this.pending.size === 1) this.worker?.ref();
      try {
        const worker = this.started();
        if (facts) this.post(worker, message, facts);
        else worker.postMessage(message);
      } catch (error) {
        this.failAll(error);
      }
    });
  }

  /**
   * Starts the thread now, so that its code is loaded before the first question rather than during it (at a
   * million nodes the first answer paid for it); it holds the process open only while it has work.
   */
  start(): void {
    const worker = this.started();
    if (this.pending.size === 0) worker.unref();
  }

  /** Whether a thread is running (started, and not failed or closed since). */
  get running(): boolean {
    return this.worker !== null;
  }

  /** True when the running worker has been sent these facts, or those they were derived from (factsWithActors). */
  holds(facts: EligibilityFacts): boolean {
    if (!this.worker) return false;
    const from = derivations.get(facts)?.from;
    return this.sent.has(facts) || (from !== undefined && this.sent.has(from));
  }

  /** Ends the worker; pending answers are evaluated in this thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.url, { execArgv: WORKER_EXEC_ARGV });
    this.worker = worker;
    this.sent = new WeakSet();
    worker.on('message', (reply: EvaluateReply) => this.onReply(worker, reply));
    worker.once('error', (error) => this.onGone(worker, error));
    worker.once('exit', (code) => this.onGone(worker, new Error(`eligibility worker exited with code ${code}`)));
    return worker;
  }

  /** The message, with the facts when this worker has not had them (only the added actors when it has their origin). */
  private post(worker: Worker, message: EvaluateMessage, facts: EligibilityFacts, whole = false): void {
    if (this.sent.has(facts)) {
      worker.postMessage(message);
      return;
    }
    this.sent.add(facts);
    this.factsSent++;
    const derivation = derivations.get(facts);
    if (!whole && derivation && this.sent.has(derivation.from))
      worker.postMessage({ ...message, derived: { from: idOf(derivation.from), actors: derivation.actors } });
    else worker.postMessage({ ...message, facts });
  }

  private onReply(worker: Worker, reply: EvaluateReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.missingFacts && pending.facts) {
      this.sent.delete(pending.facts);
      this.post(worker, pending.message, pending.facts, true);
      return;
    }
    this.settle(reply.id);
    this.answered++;
    let result: Result | undefined;
    try {
      result = resultOf<Result>(reply);
    } catch (error) {
      pending.reject(error);
      return;
    }
    if (result) pending.resolve(result);
    else pending.reject(errorOf(reply));
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
  }

  /** The worker failed or ended: a new one starts with the next question; these are answered here. */
  private onGone(worker: Worker, error: unknown): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.failAll(error);
  }

  private failAll(error: unknown): void {
    if (this.pending.size > 0) {
      this.answeredHere += this.pending.size;
      // Said, not hidden: at scale an answer evaluated here holds every other request for seconds.
      process.emitWarning(
        `eligibility worker failed (${String(error)}); ${this.pending.size} operation(s) evaluated in the API's thread`,
        'EligibilityWorkerWarning',
      );
    }
    for (const [id, p] of [...this.pending]) {
      this.settle(id);
      try {
        Promise.resolve(p.here()).then(p.resolve, p.reject);
      } catch (error) {
        p.reject(error);
      }
    }
  }
}

let shared = { worker: new EligibilityWorker(), minActors: WORKER_MIN_ACTORS };

/**
 * Replaces the process's worker and size threshold (a test drives the API with a worker it controls); gives
 * back a function that restores the previous ones.
 */
export function useEligibilityWorker(worker: EligibilityWorker, minActors: number): () => void {
  const previous = shared;
  shared = { worker, minActors };
  return () => {
    shared = previous;
  };
}

/** The operation's result on these facts: in the worker for large facts (factsSize), in this thread for small ones. */
function offThread<T extends Result>(
  facts: EligibilityFacts,
  operation: Operation,
  run: (worker: EligibilityWorker) => Promise<T>,
  worker: EligibilityWorker,
  minActors: number,
): Promise<T> {
  if (factsSize(facts) < minActors) return Promise.resolve().then(() => runHere(facts, operation) as T);
  return run(worker);
}

/**
 * One actor's operation (whyNot, the profile): in the worker for large facts it already holds; in this thread
 * otherwise. It costs in proportion to the actor's own memberships (domain one-actor.ts): at 100k synthetic actors
 * about 10 ms a profile, where sending the facts to the worker held this thread for about 2 s (structured clone).
 */
function oneActorOffThread<T extends Result>(
  facts: EligibilityFacts,
  operation: Operation,
  worker: EligibilityWorker,
  minActors: number,
): Promise<T> {
  const held = factsSize(facts) >= minActors && worker.holds(facts);
  return held ? worker.run<T>(facts, operation) : Promise.resolve().then(() => runHere(facts, operation) as T);
}

/** The answer to a question on these facts: in the worker for large facts (factsSize), in this thread for small ones. */
export function evaluateOffThread(
  facts: EligibilityFacts,
  question: QuestionInput,
  worker: EligibilityWorker = shared.worker,
  minActors = shared.minActors,
): Promise<Decision> {
  return offThread(facts, { kind: 'evaluate', question }, (w) => w.evaluate(facts, question), worker, minActors);
}

/** Every rule checked for one partner (domain whyNot): in the worker for large facts it holds (oneActorOffThread). */
export function whyNotOffThread(
  facts: EligibilityFacts,
  question: QuestionInput,
  partner: string,
  worker: EligibilityWorker = shared.worker,
  minActors = shared.minActors,
): Promise<WhyNotResult> {
  return oneActorOffThread(facts, { kind: 'whyNot', question, partner }, worker, minActors);
}

/** One actor across the whole strategy (domain actorProfile, the what-ifs checked on ALL), likewise. */
export function profileOffThread(
  facts: EligibilityFacts,
  actorId: string,
  assume: readonly AssumptionInput[],
  worker: EligibilityWorker = shared.worker,
  minActors = shared.minActors,
): Promise<ActorProfile> {
  return oneActorOffThread(facts, { kind: 'profile', actorId, assume }, worker, minActors);
}

/**
 * An answer to a question on these facts: its head (answer-head.ts) and where to ask its pages. Large facts
 * (factsSize) are evaluated in the worker, which keeps the decision: only the head and the pages asked cross
 * (issue 20: at a million nodes a decision held every partner with its reasons, hundreds of MB, for a page of
 * 100). Small facts are evaluated in this thread and the decision is paged here.
 */
export async function answerOffThread(
  facts: EligibilityFacts,
  question: QuestionInput,
  worker: EligibilityWorker = shared.worker,
  minActors = shared.minActors,
): Promise<{ head: DecisionHead; ask: AskPage }> {
  if (factsSize(facts) < minActors) {
    await Promise.resolve();
    const decision = evaluateHere(facts, question);
    return { head: headOf(decision), ask: (request) => pageOf(decision, request) };
  }
  const head = await worker.run<DecisionHead>(facts, { kind: 'answer', question });
  return { head, ask: (request) => worker.run<PageSlice>(facts, { kind: 'page', question, request }) };
}

/** Whether a graph of this many actors is read and evaluated by the worker (answerReadInWorker). */
export const readsInWorker = (actors: number): boolean => actors >= shared.minActors;

/** Starts the process's worker before its first question (EligibilityWorker.start). */
export const startEligibilityWorker = (): void => shared.worker.start();

/**
 * An answer to a question on facts the worker reads itself (large graphs; FactsSource): its head and where to ask
 * its pages, as answerOffThread, but the API's thread never holds the facts. `readHere` reads them in this thread,
 * only if the worker fails.
 */
export async function answerReadInWorker(
  source: FactsSource,
  factsId: number,
  question: QuestionInput,
  readHere: () => Promise<EligibilityFacts>,
  worker: EligibilityWorker = shared.worker,
): Promise<{ head: DecisionHead; ask: AskPage }> {
  const head = await runReadInWorker<DecisionHead>(source, factsId, { kind: 'answer', question }, readHere, worker);
  return {
    head,
    ask: (request) =>
      runReadInWorker<PageSlice>(source, factsId, { kind: 'page', question, request }, readHere, worker),
  };
}

/**
 * Has the worker read (and map) the Union's agreements and the documents of `source` (its sharedId) before any
 * question needs them; how many agreement facts they make. Not read in this thread if the worker fails (0): the
 * first question then reads them as before.
 */
export function readSharedInWorker(source: FactsSource, worker: EligibilityWorker = shared.worker): Promise<number> {
  return worker
    .runRead<SharedRead>(source, source.sharedId, { kind: 'shared' }, async () => ({ agreements: 0 }))
    .then((read) => read.agreements);
}

/** An operation (whyNot, a profile, an answer or its page) on facts the worker reads itself (FactsSource). */
export function runReadInWorker<T extends Result>(
  source: FactsSource,
  factsId: number,
  operation: Operation,
  readHere: () => Promise<EligibilityFacts>,
  worker: EligibilityWorker = shared.worker,
): Promise<T> {
  return worker.runRead<T>(source, factsId, operation, async () => runHere(await readHere(), operation));
}
