"""slovnet's three models — morphology, syntax, NER — run on the sentences of many documents at once.

natasha runs each model on one document at a time: the morphology tagger and the syntax
parser on chunks of eight consecutive sentences padded to the longest, the NER tagger on the
whole text as one sequence. Most of that time goes to thousands of small numpy calls and
Python objects around a few matrix products. Here the chunks of many documents go through
a model together, in buckets of similar length: embeddings, activations, normalization,
masks and the NER tagger's Viterbi decoding are computed once per bucket, and only the
matrix products are made chunk by chunk.

The tags are those of natasha, bit for bit. A matrix product's rounding depends on the
shape of the product a row is part of (BLAS computes rows in blocks, and the rows left over
by another kernel), so every product here has exactly the operands natasha's has: the same
chunk of sentences, padded to the same length, laid out alike; the heads of the three
models are slovnet's own code, called chunk by chunk. Everything computed for a whole
bucket is elementwise or a gather, whose results do not depend on how many rows there are.
``tests/test_batching.py`` checks the equality against natasha on varied texts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BUCKET_STRETCH = 1.25  # a bucket pads its chunks to at most this many times the shortest one's length
BUCKET_TOKENS = 16_384  # padded positions in one bucket, to bound its arrays (~20 MB of embeddings)


@dataclass(frozen=True, slots=True)
class Tagged:
    """What the models say about one document: per sentence, per token."""

    tags: list[list[int]]  # morphology tag ids (the morphology tagger's vocabulary)
    heads: list[list[int]]  # syntax head ids, natasha's way: 0 the root, else a 1-based position in the sentence
    rels: list[list[int]]  # syntax relation ids
    ner_tags: list[int]  # NER tag ids, one per token of the whole text


class BatchTagger:
    """The taggers of one natasha pipeline (models loaded once), applied to many documents at once."""

    def __init__(self, morph_tagger, syntax_parser, ner_tagger):
        self.morph = _Model(morph_tagger)
        self.syntax = _Model(syntax_parser)
        self.ner = _Model(ner_tagger)
        for model in (self.syntax, self.ner):
            if model.words.items == self.morph.words.items:
                model.vocabulary = self.morph.vocabulary
                if model.shapes.items == self.morph.shapes.items:
                    model.ids = self.morph.ids  # the same ids for a word: one cache
        self.crf = ner_tagger.infer.model.head.crf.transitions.array
        self.morph_batch = _chunk_size(morph_tagger)
        self.syntax_batch = _chunk_size(syntax_parser)
        self.morph_tags = morph_tagger.infer.decoder.tags_vocab
        self.rels = syntax_parser.infer.decoder.rels_vocab
        self.ner_tags = ner_tagger.infer.decoder.tags_vocab
        self._morphology_of: dict[int, tuple[str, tuple[tuple[str, str], ...]]] = {}

    def morphology(self, tag_id: int) -> tuple[str, tuple[tuple[str, str], ...]]:
        """A morphology tag as natasha gives it: the part of speech ('X' for none) and the sorted features."""
        found = self._morphology_of.get(tag_id)
        if found is None:
            from slovnet.conll import parse_conll_tag

            pos, feats = parse_conll_tag(self.morph_tags.decode(tag_id))
            found = self._morphology_of[tag_id] = (pos or "X", tuple(sorted((feats or {}).items())))
        return found

    def relation(self, rel_id: int) -> str:
        return self.rels.decode(rel_id) or ""

    def entities(self, text: str, words: list[tuple[int, int, str]], tag_ids: list[int]) -> list[tuple[int, int, str]]:
        """NER spans ``(start, end, type)`` from the tags of the text's words, as slovnet finds them."""
        from slovnet.bio import bio_spans
        from slovnet.token import find_tokens

        tags = [self.ner_tags.decode(tag_id) for tag_id in tag_ids]
        return [(span.start, span.stop, span.type)
                for span in bio_spans(find_tokens(text, [word for _s, _e, word in words]), tags)]

    def tag(self, documents: list[tuple[list[list[str]], list[str]]]) -> list[Tagged]:
        """Tag documents given as (sentences as lists of words, every word of the text in order)."""
        tags, parses = self.tag_sentences([d[0] for d in documents])
        ner = self.tag_entities([d[1] for d in documents])
        return [Tagged(t, [p[0] for p in parsed], [p[1] for p in parsed], n)
                for t, parsed, n in zip(tags, parses, ner)]

    # -- morphology and syntax: chunks of sentences ------------------------------------------

    def tag_sentences(self, documents: list[list[list[str]]]) -> tuple[list, list]:
        """Morphology tags and syntax (heads, relations) of every sentence of every document."""
        runs = [(self.morph, self._morphology, self.morph_batch), (self.syntax, self._syntax, self.syntax_batch)]
        if self.morph_batch == self.syntax_batch:  # both read the same chunks: one pass, shared word vectors
            return tuple(self._sentences(runs, documents))
        return tuple(self._sentences([run], documents)[0] for run in runs)

    def _sentences(self, runs: list, documents: list[list[list[str]]]) -> list[list[list]]:
        """Run each ``(model, heads, chunk size)`` of ``runs`` (one chunk size) on every document's sentences,
        chunked as natasha chunks them; ``heads`` turns a chunk's encoder output into one result per sentence."""
        size = runs[0][2]
        chunks = []  # (document, first sentence, words of each sentence)
        for doc_index, sentences in enumerate(documents):
            for start in range(0, len(sentences), size):
                chunks.append((doc_index, start, sentences[start:start + size]))
        outs: list[list[list]] = [[[None] * len(sentences) for sentences in documents] for _ in runs]
        longest = lambda chunk: max(len(words) for words in chunk[2])  # noqa: E731
        for bucket in _buckets(chunks, longest, lambda chunk: len(chunk[2])):
            items = [words for _, _, sentences in bucket for words in sentences]
            spans, start = [], 0
            for _, _, sentences in bucket:
                spans.append((start, start + len(sentences), max(len(words) for words in sentences)))
                start += len(sentences)
            vectors: dict = {}  # the bucket's word vectors, by the embedding table they come from
            for (model, heads, _size), out in zip(runs, outs):
                encoded, pad_mask = model.encode(items, spans, vectors)
                for (doc_index, first, _), (lo, hi, length) in zip(bucket, spans):
                    results = heads(encoded[lo:hi, :length], pad_mask[lo:hi, :length])
                    out[doc_index][first:first + len(results)] = results
        return outs

    def _morphology(self, encoded: np.ndarray, pad_mask: np.ndarray) -> list[list[int]]:
        head = self.morph.model.head
        pred = head.decode(head(encoded))
        return [row[:size].tolist() for row, size in zip(pred, (~pad_mask).sum(-1))]

    def _syntax(self, encoded: np.ndarray, pad_mask: np.ndarray) -> list[tuple[list[int], list[int]]]:
        model = self.syntax.model
        mask = ~pad_mask
        head_id = model.head.decode(model.head(encoded), mask)
        rel_id = model.rel.decode(model.rel(encoded, head_id), mask)
        return [(heads[:size].tolist(), rels[:size].tolist())
                for heads, rels, size in zip(head_id, rel_id, mask.sum(-1))]

    # -- NER: one sequence a document, Viterbi over a whole bucket -------------------------------

    def tag_entities(self, documents: list[list[str]]) -> list[list[int]]:
        out: list[list[int]] = [[] for _ in documents]
        indexed = [(index, words) for index, words in enumerate(documents) if words]
        for bucket in _buckets(indexed, lambda item: len(item[1])):
            items = [words for _, words in bucket]
            spans = [(i, i + 1, len(words)) for i, words in enumerate(items)]
            encoded, _ = self.ner.encode(items, spans)
            head = self.ner.model.head
            emissions = [head(encoded[i:i + 1, :len(words)])[0] for i, words in enumerate(items)]
            for (index, _), tags in zip(bucket, viterbi(emissions, self.crf)):
                out[index] = tags
        return out


class _Model:
    """One slovnet model: its vocabularies, embeddings and convolutional encoder, run on a bucket."""

    def __init__(self, tagger):
        self.model = tagger.infer.model
        encoder = tagger.infer.encoder
        self.words, self.shapes = encoder.words_vocab, encoder.shapes_vocab
        self.vocabulary = id(self.words)  # the same for models whose vocabularies are equal
        self.ids: dict[str, tuple[int, int]] = {}  # word -> (word id, shape id), as the encoder encodes it
        self.layers = [_Conv(layer) for layer in self.model.encoder.layers]

    def word_ids(self, word: str) -> tuple[int, int]:
        ids = self.ids.get(word)
        if ids is None:
            from slovnet.shape import word_shape

            ids = (self.words.encode(word.lower()), self.shapes.encode(word_shape(word)))
            if len(self.ids) > 100_000:  # a cache (at most ~15 MB), not a record of every word ever seen
                self.ids.clear()
            self.ids[word] = ids
        return ids

    def encode(self, items: list[list[str]], spans: list[tuple[int, int, int]],
               vectors: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The encoder's output for ``items`` (lists of words) and natasha's pad mask.

        ``spans`` are the chunks natasha would make: ``(first item, end, padded length)``. A position
        of an item beyond its chunk's padded length is zero in the input, as natasha's convolution
        pads with zeros; inside it, the padding words' embeddings (zeros too) fill it. ``vectors``
        keeps the word vectors of these items for another model with the same vocabulary and table.
        """
        length = max(span[2] for span in spans)
        word_id = np.full((len(items), length), self.words.pad_id)
        shape_id = np.full((len(items), length), self.shapes.pad_id)
        for row, words in enumerate(items):
            if words:
                word_id[row, :len(words)], shape_id[row, :len(words)] = zip(*map(self.word_ids, words))
        pad_mask = word_id == self.words.pad_id
        emb = self.model.emb  # slovnet's WordShapeEmbedding, in two halves
        key = (self.vocabulary, id(emb.word.codes.array), id(emb.word.indexes.array))
        words = vectors.get(key) if vectors is not None else None
        if words is None:
            words = emb.word(word_id)
            if vectors is not None:
                vectors[key] = words
        x = np.concatenate((words, emb.shape(shape_id)), axis=-1)
        for lo, hi, chunk_length in spans:
            x[lo:hi, chunk_length:] = 0.0
        for layer in self.layers:
            x = layer(x, spans)
            x[pad_mask] = 0.0  # natasha zeroes the padding after every layer
        return x, pad_mask


class _Conv:
    """One layer of slovnet's CNN encoder (convolution, ReLU, batch norm) on ``(items, positions, features)``."""

    def __init__(self, layer):
        conv, norm = layer.conv, layer.norm
        filters, self.in_dim, self.kernel = conv.weight.shape
        self.padding = conv.padding
        self.weight_t = conv.weight.array.reshape(filters, self.in_dim * self.kernel).T  # as slovnet's Conv1d
        self.bias = conv.bias.array
        self.norm = (norm.mean.array, norm.std.array, norm.weight.array, norm.bias.array)

    def __call__(self, x: np.ndarray, spans: list[tuple[int, int, int]]) -> np.ndarray:
        items, length, dim = x.shape
        padded = np.zeros((items, length + 2 * self.padding, dim), dtype=x.dtype)
        padded[:, self.padding:self.padding + length] = x
        out = np.zeros((items, length, self.weight_t.shape[1]), dtype=x.dtype)
        for lo, hi, chunk_length in spans:
            windows_count = chunk_length + 2 * self.padding - self.kernel + 1
            # slovnet's windows, (item, position) x (feature, offset): filled offset by offset, in long runs
            windows = np.empty((hi - lo, windows_count, dim, self.kernel), dtype=x.dtype)
            for offset in range(self.kernel):
                windows[:, :, :, offset] = padded[lo:hi, offset:offset + windows_count]
            windows = windows.reshape((hi - lo) * windows_count, dim * self.kernel)
            out[lo:hi, :windows_count] = np.matmul(windows, self.weight_t).reshape(hi - lo, windows_count, -1)
        # slovnet: conv output + bias, ReLU, then (x - mean) / std * weight + bias, in this order
        out += self.bias
        np.clip(out, 0, None, out=out)
        mean, std, weight, bias = self.norm
        out -= mean
        out /= std
        out *= weight
        out += bias
        return out


def viterbi(emissions: list[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """slovnet's CRF decoding of several sequences at once (``emissions``: one ``(length, tags)`` array each).

    The same operations, in the same order, as ``slovnet.exec.model.CRF.decode`` on each sequence alone;
    a sequence that has ended keeps its score, as in slovnet's padded batches.
    """
    sizes = np.array([len(e) for e in emissions])
    longest, tags_count = int(sizes.max()), emissions[0].shape[1]
    table = np.zeros((len(emissions), longest, tags_count), dtype=emissions[0].dtype)
    for row, values in enumerate(emissions):
        table[row, :len(values)] = values
    score = table[:, 0]
    history = []
    for index in range(1, longest):
        step = score[:, :, None] + transitions + table[:, index, None, :]  # items x from-tag x to-tag
        best = step.argmax(-2)
        step = np.take_along_axis(step, best[:, None, :], axis=1)[:, 0]
        score = np.where((index < sizes)[:, None], step, score)
        history.append(best)
    rows = np.arange(len(emissions))
    best = score.argmax(-1)
    out = np.zeros((len(emissions), longest), dtype=np.int64)
    out[rows, sizes - 1] = best
    for index in range(longest - 2, -1, -1):  # history[index] leads from position index + 1 back to index
        active = index < sizes - 1
        best = np.where(active, history[index][rows, best], best)
        out[active, index] = best[active]
    return [row[:size].tolist() for row, size in zip(out, sizes)]


def _chunk_size(tagger) -> int:
    """How many sentences natasha puts in one chunk: the API's batch, re-chopped by its encoder's."""
    return min(tagger.batch_size, tagger.infer.encoder.batch_size)


def _buckets(items: list, length, rows=lambda item: 1) -> list[list]:
    """``items`` (each of ``rows`` sequences padded to ``length``) in buckets of similar length: sorted, each
    at most BUCKET_STRETCH times its shortest and BUCKET_TOKENS padded positions. A bucket keeps its items in
    their original order."""
    order = sorted(range(len(items)), key=lambda i: length(items[i]))
    buckets: list[list[int]] = []
    shortest = count = 0
    for i in order:
        size, height = max(length(items[i]), 1), rows(items[i])
        if buckets and size <= BUCKET_STRETCH * shortest and (count + height) * size <= BUCKET_TOKENS:
            buckets[-1].append(i)
            count += height
            continue
        buckets.append([i])
        shortest, count = size, height
    return [[items[i] for i in sorted(bucket)] for bucket in buckets]
