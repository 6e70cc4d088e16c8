package io.newsmon.producer.extract;

import io.newsmon.model.EventKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * How likely a sentence states an event of each kind from one country to another: one logistic
 * regression per kind over the features {@link PairFeatures} reads from the pair, its sentence and
 * what the rules made of them. Trained on the dev split of the labelled set ({@code ./newsmon train});
 * the extractor adds what it judges at {@link #threshold()} or above and the rules missed. Immutable.
 *
 * <p>File format ({@value #RESOURCE}): a header line of kinds, then one line per feature, its name
 * and one weight per kind, tab-separated.
 */
public final class RelationModel {

    /** The bundled model, beside this class on the classpath. */
    public static final String RESOURCE = "relation-model.tsv";
    /** The probability at or above which a model without a chosen threshold adds an event. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** The kinds the model judges: those read between two countries in a sentence. */
    public static final List<EventKind> KINDS = List.of(EventKind.VISIT, EventKind.MEETING, EventKind.AGREEMENT,
            EventKind.TRADE, EventKind.INVESTMENT, EventKind.AID, EventKind.SANCTION);

    private static final String BIAS = "bias";
    private static final String THRESHOLD = "threshold"; // a row of its own in the file: the same value in each column
    private static final RelationModel NONE = new RelationModel(Map.of());

    private final Map<String, float[]> weights; // feature -> one weight per kind in KINDS
    // The same weights by the hash of name and value, so that the extractor scores without building strings.
    // Open addressing, a slot of 9 shorts: the key's 32 check bits (0: empty), then the weights in
    // thousandths (the file's precision). Small, so that the model evicts little of the rules' tables
    // from the cache: a model of ints slowed the country recogniser by a tenth.
    private final short[] table;
    private final int mask;
    private final float[] bias;
    private final double threshold;

    private RelationModel(Map<String, float[]> weights) {
        this.weights = weights;
        this.threshold = weights.containsKey(THRESHOLD) ? weights.get(THRESHOLD)[0] : DEFAULT_THRESHOLD;
        int capacity = Integer.highestOneBit(Math.max(4, weights.size())) * 2;
        this.table = new short[capacity * SLOT];
        this.mask = capacity - 1;
        float[] b = new float[KINDS.size()];
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            int colon = e.getKey().indexOf(':');
            if (colon < 0) {
                if (e.getKey().equals(BIAS)) {
                    b = e.getValue();
                }
                continue;
            }
            long key = key(hash(e.getKey(), 0, colon), hash(e.getKey(), colon + 1, e.getKey().length()));
            int slot = (int) key & mask;
            while (checkAt(slot) != 0) {
                slot = (slot + 1) & mask;
            }
            int check = check(key);
            table[slot * SLOT] = (short) (check >>> 16);
            table[slot * SLOT + 1] = (short) check;
            for (int k = 0; k < KINDS.size(); k++) {
                table[slot * SLOT + 2 + k] = (short) Math.round(e.getValue()[k] * 1000);
            }
        }
        this.bias = b;
    }

    private static final int SLOT = 9;

    private static int check(long key) {
        int c = (int) (key >>> 32);
        return c == 0 ? 1 : c;
    }

    private int checkAt(int slot) {
        return table[slot * SLOT] << 16 | table[slot * SLOT + 1] & 0xFFFF;
    }

    /** Where the weights of the feature with that key start in the table, or -1. */
    private int row(long key) {
        int check = check(key);
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            int found = checkAt(slot);
            if (found == check) {
                return slot * SLOT + 2;
            }
            if (found == 0) {
                return -1;
            }
        }
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** FNV-1a over the characters: what names and values are keyed by. */
    static long hash(String s, int from, int to) {
        return more(FNV_OFFSET, s, from, to);
    }

    /** The hash of text[from, to) in lower case (ASCII letters), without building it. */
    static long lowerCaseHash(String text, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            h = (h ^ (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) * FNV_PRIME;
        }
        return h;
    }

    private static long more(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    private static long key(long name, long value) {
        long k = name * 0x9E3779B97F4A7C15L ^ value;
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        return k ^ (k >>> 33);
    }

    /** Adds up the weights of the features a {@link PairFeatures} gives it; reused pair after pair. */
    final class Scorer implements PairFeatures.Sink {
        private final double[] z = new double[KINDS.size()];

        /** Starts from the bias alone. */
        void reset() {
            for (int k = 0; k < z.length; k++) {
                z[k] = bias[k];
            }
        }

        /** Starts from a saved sum (a sentence's shared features). */
        void reset(double[] from) {
            System.arraycopy(from, 0, z, 0, z.length);
        }

        double[] sums() {
            return z.clone();
        }

        @Override
        public void add(PairFeatures.Part name, PairFeatures.Part value) {
            addRow(row(key(name.hash(), value.hash())));
        }

        @Override
        public void addToken(PairFeatures.Part name, PairFeatures sentence, int token) {
            addRow(row(key(name.hash(), sentence.tokenHash(token))));
        }

        private void addRow(int at) {
            if (at >= 0) {
                for (int k = 0; k < z.length; k++) {
                    z[k] += table[at + k] * 0.001;
                }
            }
        }

        /** The sums per kind, in {@link #KINDS} order, since the last reset: the scorer's own array, not a copy. */
        double[] logits() {
            return z;
        }

        /** The probability per kind, in {@link #KINDS} order, of what was added since the last reset. */
        double[] probabilities() {
            double[] p = new double[z.length];
            for (int k = 0; k < z.length; k++) {
                p[k] = 1 / (1 + Math.exp(-z[k]));
            }
            return p;
        }
    }

    Scorer scorer() {
        return new Scorer();
    }

    /** A model that judges nothing likely: the extractor's rules alone. */
    public static RelationModel none() {
        return NONE;
    }

    /** The model shipped with newsmon. */
    public static RelationModel bundled() {
        try (InputStream in = RelationModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this model can judge anything (the empty one cannot). */
    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The probability at or above which the extractor adds what the model judges (chosen by training). */
    public double threshold() {
        return threshold;
    }

    /** The same weights, adding events at or above {@code threshold}. */
    public RelationModel withThreshold(double threshold) {
        Map<String, float[]> copy = new TreeMap<>(weights);
        float[] row = new float[KINDS.size()];
        java.util.Arrays.fill(row, Float.parseFloat(String.format(Locale.ROOT, "%.3f", threshold)));
        copy.put(THRESHOLD, row);
        return new RelationModel(Collections.unmodifiableMap(copy));
    }

    /** How many features carry a weight. */
    public int size() {
        return weights.size();
    }

    /** The probability, per kind in {@link #KINDS} order, that the features' sentence states that kind. */
    public double[] probabilities(Collection<String> features) {
        double[] z = new double[KINDS.size()];
        if (weights.isEmpty()) {
            Arrays.fill(z, Double.NEGATIVE_INFINITY);
        } else {
            add(z, weights.get(BIAS));
            for (String f : features) {
                add(z, weights.get(f));
            }
        }
        for (int k = 0; k < z.length; k++) {
            z[k] = 1 / (1 + Math.exp(-z[k]));
        }
        return z;
    }

    private static void add(double[] z, float[] w) {
        if (w != null) {
            for (int k = 0; k < z.length; k++) {
                z[k] += w[k];
            }
        }
    }

    /** One labelled pair in a sentence: its features and the kinds the annotator found for the pair. */
    public record Example(List<String> features, Set<EventKind> kinds) {
        public Example {
            features = List.copyOf(features);
            kinds = Set.copyOf(kinds);
        }
    }

    /**
     * Fits the model: per kind, L2-regularised logistic regression by AdaGrad, {@code seeds} times over the
     * examples shuffled with fixed seeds, the weights averaged. One order alone made the file depend on the
     * order: a rule change that touched a few sentences moved held-out F1 by up to 0.008 (0.466 to 0.458)
     * where five orders' average moved it by 0.000 (0.459 both); cross-validation is the same either way.
     */
    public static RelationModel train(List<Example> examples, int epochs, double l2, int seeds) {
        Map<String, float[]> sum = new HashMap<>();
        for (int seed = 0; seed < seeds; seed++) {
            fit(examples, epochs, l2, 42 + seed).forEach((f, ws) -> {
                float[] acc = sum.computeIfAbsent(f, k -> new float[ws.length]);
                for (int k = 0; k < ws.length; k++) {
                    acc[k] += ws[k] / seeds;
                }
            });
        }
        return new RelationModel(rounded(sum));
    }

    private static Map<String, float[]> fit(List<Example> examples, int epochs, double l2, long seed) {
        Map<String, float[]> w = new HashMap<>();
        Map<String, double[]> squared = new HashMap<>();
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        double[] z = new double[KINDS.size()];
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example e : order) {
                Arrays.fill(z, 0);
                add(z, w.get(BIAS));
                for (String f : e.features()) {
                    add(z, w.get(f));
                }
                double[] gradient = new double[z.length];
                for (int k = 0; k < z.length; k++) {
                    double p = 1 / (1 + Math.exp(-z[k]));
                    gradient[k] = p - (e.kinds().contains(KINDS.get(k)) ? 1 : 0);
                }
                update(BIAS, gradient, 0, w, squared);
                for (String f : e.features()) {
                    update(f, gradient, l2, w, squared);
                }
            }
        }
        return w;
    }

    private static void update(String feature, double[] gradient, double l2, Map<String, float[]> w,
                               Map<String, double[]> squared) {
        float[] wf = w.computeIfAbsent(feature, f -> new float[KINDS.size()]);
        double[] s = squared.computeIfAbsent(feature, f -> new double[KINDS.size()]);
        for (int k = 0; k < wf.length; k++) {
            double g = gradient[k] + l2 * wf[k];
            s[k] += g * g;
            wf[k] -= (float) (0.1 * g / Math.sqrt(s[k] + 1e-8));
        }
    }

    /** Weights as the file stores them (three decimals), features that weigh nothing dropped. */
    private static Map<String, float[]> rounded(Map<String, float[]> w) {
        Map<String, float[]> out = new TreeMap<>();
        w.forEach((f, ws) -> {
            float[] r = new float[ws.length];
            boolean any = false;
            for (int k = 0; k < ws.length; k++) {
                r[k] = Float.parseFloat(String.format(Locale.ROOT, "%.3f", ws[k]));
                any |= r[k] != 0;
            }
            if (any) {
                out.put(f, r);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** Writes the model in its file format, features sorted. */
    public void write(Writer out) throws IOException {
        StringBuilder header = new StringBuilder("feature");
        KINDS.forEach(k -> header.append('\t').append(k));
        out.write(header.append('\n').toString());
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            StringBuilder line = new StringBuilder(e.getKey());
            for (float v : e.getValue()) {
                line.append('\t').append(String.format(Locale.ROOT, "%.3f", v));
            }
            out.write(line.append('\n').toString());
        }
    }

    /** Reads a model written by {@link #write}; a header naming other kinds is an error. */
    public static RelationModel read(Reader in) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        String header = lines.readLine();
        List<String> expected = new ArrayList<>(List.of("feature"));
        KINDS.forEach(k -> expected.add(k.name()));
        if (header == null || !List.of(header.split("\t")).equals(expected)) {
            throw new IOException("relation model header is not " + String.join(" ", expected) + ": " + header);
        }
        Map<String, float[]> w = new HashMap<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String[] cols = line.split("\t");
            if (cols.length != KINDS.size() + 1) {
                throw new IOException("relation model line " + number + " has " + cols.length + " columns");
            }
            float[] ws = new float[KINDS.size()];
            for (int k = 0; k < ws.length; k++) {
                ws[k] = Float.parseFloat(cols[k + 1]);
            }
            w.put(cols[0], ws);
        }
        return new RelationModel(Collections.unmodifiableMap(w));
    }
}
