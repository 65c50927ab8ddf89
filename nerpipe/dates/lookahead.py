"""A faster yargy parser for grammars tried at every token: :class:`LookaheadParser` predicts only the
productions whose first terminal accepts the next token, and finds the same matches as yargy's own."""

from __future__ import annotations

from yargy import Parser
from yargy.parser import State
from yargy.rule.bnf import is_rule
from yargy.tree import Node


class LookaheadParser(Parser):
    """yargy's chart parser, predicting at a token only the productions that can start with it.

    yargy predicts every production of a rule wherever the rule may begin; the date grammar is
    tried at every token of a window, so most of the chart is made of predictions that die at
    their first word ("в" can start a date, "заявил" cannot). Here a production is predicted only
    when one of the terminals it can start with accepts the next token, or when it can match
    nothing at all (after the last token, only then). The chart keeps every state that can reach
    a match, in the same order, so the matches are the same.
    """

    def __init__(self, rule, tokenizer=None):
        super().__init__(rule, tokenizer=tokenizer)
        self.starts = first_terminals(self.rule)
        self.verdicts: dict[int, bool] = {}  # id of a terminal -> whether it accepts the token being predicted
        self.token = None

    def predict(self, column, next_column, rule):
        always, by_terminal = self.starts[id(rule)]
        chosen = set(always)
        if next_column:  # after the last token, only a production that matches nothing can complete
            if next_column.token is not self.token:
                self.token = next_column.token
                self.verdicts.clear()
            for terminal, indexes in by_terminal:
                if not chosen.issuperset(indexes) and self._accepts(terminal):
                    chosen.update(indexes)
        productions = rule.productions
        for index in sorted(chosen):
            production = productions[index]
            node = Node(rule, production, rank=index, children=[])
            column.append(State(rule, production, dot_index=0, start_column=column, stop_column=column, node=node))

    def _accepts(self, terminal) -> bool:
        verdict = self.verdicts.get(id(terminal))
        if verdict is None:
            verdict = self.verdicts[id(terminal)] = bool(terminal(self.token))
        return verdict


def first_terminals(start) -> dict[int, tuple[tuple[int, ...], list[tuple[object, tuple[int, ...]]]]]:
    """For every rule of the grammar under ``start`` (by id): the indexes of its productions that can match
    nothing at all, and for each terminal (predicate) a production can start with, the indexes of those
    that can."""
    rules, stack = {}, [start]
    while stack:
        rule = stack.pop()
        if id(rule) not in rules:
            rules[id(rule)] = rule
            stack += [term for production in rule.productions for term in production.terms if is_rule(term)]
    nullable: set[int] = set()
    first: dict[int, dict[int, object]] = {key: {} for key in rules}  # rule -> its first terminals, by id
    changed = True
    while changed:  # to a fixed point: the grammar is recursive
        changed = False
        for key, rule in rules.items():
            for production in rule.productions:
                terminals, empty = _production_start(production, first, nullable)
                if empty and key not in nullable:
                    nullable.add(key)
                    changed = True
                if terminals.keys() - first[key].keys():
                    first[key].update(terminals)
                    changed = True
    out = {}
    for key, rule in rules.items():
        always, by_terminal = [], {}
        for index, production in enumerate(rule.productions):
            terminals, empty = _production_start(production, first, nullable)
            if empty:
                always.append(index)
            for terminal_id, terminal in terminals.items():
                by_terminal.setdefault(terminal_id, (terminal, []))[1].append(index)
        out[key] = (tuple(always), [(terminal, tuple(indexes)) for terminal, indexes in by_terminal.values()])
    return out


def _production_start(production, first: dict, nullable: set) -> tuple[dict[int, object], bool]:
    terminals: dict[int, object] = {}
    for term in production.terms:
        if not is_rule(term):
            terminals[id(term)] = term
            return terminals, False
        terminals.update(first[id(term)])
        if id(term) not in nullable:
            return terminals, False
    return terminals, True
