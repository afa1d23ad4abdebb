package io.selfhosted.pulumi.ecs.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.Gson;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.Internal;
import com.pulumi.provider.internal.Metadata;
import com.pulumi.provider.internal.infer.ComponentAnalyzer;
import com.pulumi.resources.ResourceArgs;
import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcs;
import io.selfhosted.pulumi.ecs.PulumiSelfHostedEcsArgs;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Generates the package schema at build time: the Java SDK's analysis of the top component
 * (types and the properties of every Args class and output), restricted to what can be
 * constructed, with what the SDK leaves out added from the code itself: descriptions from the
 * Javadoc of each getter (read from the library's sources), {@code secret} on every input whose
 * builder keeps it secret, defaults from the Args' own getters, and the Maven version.
 */
final class SchemaGenerator {
    static final Path LIBRARY_SOURCES = Path.of("../library/src/main/java");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String BASE_PACKAGE = "io.selfhosted.pulumi.ecs";

    private final Map<String, Map<String, String>> docs;
    private final Map<String, String> classDocs;

    private SchemaGenerator(Map<String, Map<String, String>> docs, Map<String, String> classDocs) {
        this.docs = docs;
        this.classDocs = classDocs;
    }

    /** The schema of {@code version}, as the golden {@code schema.json} holds it. */
    static String generate(String version) throws IOException {
        var javadoc = Javadoc.read(LIBRARY_SOURCES);
        return new SchemaGenerator(javadoc.members, javadoc.classes).build(version);
    }

    private String build(String version) throws IOException {
        var spec = ComponentAnalyzer.generateSchema(new Metadata(SelfHostedEcsProvider.PACKAGE, version, "Self-hosted Pulumi on ECS"),
                PulumiSelfHostedEcs.class);
        ObjectNode schema = (ObjectNode) JSON.readTree(new Gson().toJson(spec));
        schema.put("description", "The self-hosted Pulumi Service (API, Console, database migrations) on AWS ECS Fargate with "
                + "Aurora MySQL, S3, CloudWatch, Route53, TLS load balancers, ACM and KMS, in one component.");
        schema.put("license", "Apache-2.0");
        schema.put("publisher", "pulumi-self-hosted-ecs");

        Map<String, Class<?>> typeClasses = new LinkedHashMap<>();
        collectTypes(PulumiSelfHostedEcsArgs.class, typeClasses);

        ObjectNode resource = (ObjectNode) schema.get("resources").get(PulumiSelfHostedEcs.TYPE);
        resource.put("description", classDocs.getOrDefault(PulumiSelfHostedEcs.class.getName(), ""));
        annotate((ObjectNode) resource.get("inputProperties"), PulumiSelfHostedEcsArgs.class);
        ObjectNode outputs = (ObjectNode) resource.get("properties");
        Map<String, String> outputDocs = docs.getOrDefault(PulumiSelfHostedEcs.class.getName(), Map.of());
        for (Iterator<String> names = outputs.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            ((ObjectNode) outputs.get(name)).put("description", outputDocs.getOrDefault(name, ""));
        }
        ObjectNode types = (ObjectNode) schema.get("types");
        if (types != null) {
            for (Iterator<String> tokens = types.fieldNames(); tokens.hasNext(); ) {
                String token = tokens.next();
                Class<?> argsClass = typeClasses.get(token);
                ObjectNode type = (ObjectNode) types.get(token);
                if (argsClass != null) {
                    type.put("description", classDocs.getOrDefault(argsClass.getName(), ""));
                    annotate((ObjectNode) type.get("properties"), argsClass);
                }
            }
        }
        return JSON.writeValueAsString(sorted(schema)) + "\n";
    }

    /** Descriptions, secret flags and defaults of the properties of an Args class. */
    private void annotate(ObjectNode properties, Class<?> argsClass) {
        Map<String, String> described = docs.getOrDefault(argsClass.getName(), Map.of());
        Object empty = emptyArgs(argsClass);
        for (Field field : importedFields(argsClass)) {
            String name = field.getAnnotation(Import.class).name();
            ObjectNode property = (ObjectNode) properties.get(name);
            if (property == null) {
                continue;
            }
            property.put("description", described.getOrDefault(name, ""));
            if (isSecret(argsClass, field)) {
                property.put("secret", true);
            }
            defaultOf(empty, name).ifPresent(value -> {
                if (value instanceof Boolean b) {
                    property.put("default", b);
                } else if (value instanceof Integer i) {
                    property.put("default", i);
                } else if (value instanceof Double d) {
                    property.put("default", d);
                } else if (value instanceof String s) {
                    property.put("default", s);
                }
            });
        }
    }

    /** The type token of each Args class the top Args reach, as the SDK names them. */
    private static void collectTypes(Class<?> argsClass, Map<String, Class<?>> types) {
        for (Field field : importedFields(argsClass)) {
            Class<?> nested = argsClassOf(field.getGenericType());
            if (nested != null) {
                String simple = nested.getSimpleName();
                String token = SelfHostedEcsProvider.PACKAGE + ":index:" + (simple.endsWith("Args") ? simple.substring(0, simple.length() - 4) : simple);
                if (types.putIfAbsent(token, nested) == null) {
                    collectTypes(nested, types);
                }
            }
        }
    }

    private static Class<?> argsClassOf(Type type) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                Class<?> found = argsClassOf(argument);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return type instanceof Class<?> c && ResourceArgs.class.isAssignableFrom(c) ? c : null;
    }

    static List<Field> importedFields(Class<?> argsClass) {
        List<Field> fields = new ArrayList<>();
        for (Field f : argsClass.getDeclaredFields()) {
            if (f.getAnnotation(Import.class) != null && !Modifier.isStatic(f.getModifiers())) {
                fields.add(f);
            }
        }
        return fields;
    }

    /** Whether the builder keeps a plain value of the property secret (its {@code Output.ofSecret}). */
    private static boolean isSecret(Class<?> argsClass, Field field) {
        try {
            Object builder = argsClass.getMethod("builder").invoke(null);
            Method setter = builder.getClass().getMethod(field.getAnnotation(Import.class).name(), String.class);
            setter.invoke(builder, "probe");
            Object args = builder.getClass().getMethod("build").invoke(builder);
            field.setAccessible(true);
            Object value = field.get(args);
            return value instanceof Output<?> output && Internal.of(output).isSecret().join();
        } catch (NoSuchMethodException e) {
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot probe " + argsClass.getSimpleName() + "." + field.getName(), e);
        }
    }

    private static Object emptyArgs(Class<?> argsClass) {
        try {
            Object builder = argsClass.getMethod("builder").invoke(null);
            return builder.getClass().getMethod("build").invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build an empty " + argsClass.getSimpleName(), e);
        }
    }

    /** What the getter of an unset property returns, when it is a known scalar. */
    private static Optional<Object> defaultOf(Object emptyArgs, String property) {
        try {
            Object value = emptyArgs.getClass().getMethod(property).invoke(emptyArgs);
            if (value instanceof Output<?> output) {
                var data = Internal.of(output).getDataAsync();
                if (data.isDone() && !data.isCompletedExceptionally() && data.join().isKnown()) {
                    Object known = data.join().getValueNullable();
                    return known instanceof String || known instanceof Boolean || known instanceof Integer || known instanceof Double
                            ? Optional.of(known) : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the default of " + property, e);
        }
    }

    /** The schema with object keys in a stable order, so the golden diffs are the changes. */
    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode result = JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(n -> result.set(n, sorted(object.get(n))));
            return result;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode result = JSON.createArrayNode();
            array.forEach(item -> result.add(sorted(item)));
            return result;
        }
        return node;
    }

    /** The Javadoc of the library: each class's, and each method's by class and method name, as plain text. */
    static final class Javadoc {
        final Map<String, Map<String, String>> members = new HashMap<>();
        final Map<String, String> classes = new HashMap<>();

        static Javadoc read(Path sources) throws IOException {
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            var result = new Javadoc();
            try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
                 Stream<Path> walk = Files.walk(sources)) {
                List<Path> java = walk.filter(p -> p.toString().endsWith(".java")).toList();
                JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null,
                        files.getJavaFileObjectsFromPaths(java));
                DocTrees trees = DocTrees.instance(task);
                for (CompilationUnitTree unit : task.parse()) {
                    String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
                    new TreePathScanner<Void, Void>() {
                        private final List<String> enclosing = new ArrayList<>();

                        @Override
                        public Void visitClass(ClassTree node, Void unused) {
                            enclosing.add(node.getSimpleName().toString());
                            String name = pkg + "." + String.join("$", enclosing);
                            DocCommentTree doc = trees.getDocCommentTree(getCurrentPath());
                            if (doc != null) {
                                result.classes.put(name, text(doc));
                            }
                            super.visitClass(node, unused);
                            enclosing.remove(enclosing.size() - 1);
                            return null;
                        }

                        @Override
                        public Void visitMethod(MethodTree node, Void unused) {
                            DocCommentTree doc = trees.getDocCommentTree(getCurrentPath());
                            if (doc != null && node.getParameters().isEmpty()) {
                                result.members.computeIfAbsent(pkg + "." + String.join("$", enclosing), k -> new HashMap<>())
                                        .put(node.getName().toString(), text(doc));
                            }
                            return null;
                        }
                    }.scan(unit, null);
                }
            }
            return result;
        }

        /**
         * The comment's main text as plain text, node by node (the same on every JDK): code as
         * `code`, links as their label or member name, {@code @value} as the constant's value,
         * paragraphs as blank lines, examples in {@code <pre>} left out, other HTML dropped.
         */
        static String text(DocCommentTree doc) {
            StringBuilder out = new StringBuilder();
            boolean[] inPre = {false};
            for (com.sun.source.doctree.DocTree node : doc.getFullBody()) {
                switch (node.getKind()) {
                    case START_ELEMENT -> {
                        String tag = ((com.sun.source.doctree.StartElementTree) node).getName().toString().toLowerCase();
                        if (tag.equals("pre")) {
                            inPre[0] = true;
                        } else if (tag.equals("p") && !inPre[0]) {
                            out.append("\n\n");
                        }
                    }
                    case END_ELEMENT -> {
                        if (((com.sun.source.doctree.EndElementTree) node).getName().toString().equalsIgnoreCase("pre")) {
                            inPre[0] = false;
                        }
                    }
                    default -> {
                        if (!inPre[0]) {
                            out.append(render(node));
                        }
                    }
                }
            }
            return out.toString().lines().map(String::strip)
                    .reduce((a, b) -> b.isEmpty() ? a + "\n" : a.endsWith("\n") ? a + b : a + " " + b)
                    .orElse("").replaceAll("\n{3,}", "\n\n").replaceAll(" +([.,;:])", "$1").strip();
        }

        private static String render(com.sun.source.doctree.DocTree node) {
            return switch (node.getKind()) {
                case TEXT -> ((com.sun.source.doctree.TextTree) node).getBody();
                case CODE, LITERAL -> "`" + ((com.sun.source.doctree.LiteralTree) node).getBody().getBody() + "`";
                case LINK, LINK_PLAIN -> {
                    var link = (com.sun.source.doctree.LinkTree) node;
                    if (!link.getLabel().isEmpty()) {
                        StringBuilder label = new StringBuilder();
                        link.getLabel().forEach(l -> label.append(render(l)));
                        yield label.toString();
                    }
                    String signature = link.getReference().getSignature();
                    yield "`" + (signature.startsWith("#") ? signature.substring(1) : signature.replace('#', '.'))
                            .replaceAll("\\(\\)$", "") + "`";
                }
                case VALUE -> {
                    String signature = ((com.sun.source.doctree.ValueTree) node).getReference().getSignature();
                    int hash = signature.indexOf('#');
                    yield hash < 0 ? signature : constant(signature.substring(0, hash), signature.substring(hash + 1));
                }
                case ENTITY -> switch (((com.sun.source.doctree.EntityTree) node).getName().toString()) {
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    default -> "";
                };
                default -> "";
            };
        }

        private static String constant(String className, String field) {
            for (String pkg : List.of("", ".fargate", ".service", ".database", ".loadbalancing", ".storage", ".secrets", ".dns",
                    ".monitoring", ".kms", ".network")) {
                try {
                    return String.valueOf(Class.forName(BASE_PACKAGE + pkg + "." + className).getField(field).get(null));
                } catch (ReflectiveOperationException e) {
                    // next package
                }
            }
            return className + "." + field;
        }
    }
}
