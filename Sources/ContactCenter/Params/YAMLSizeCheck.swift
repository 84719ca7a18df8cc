import CYaml
import Foundation

/// Measures a YAML text before it is composed: how many nodes it has once every alias is
/// expanded, and how deeply collections nest. Run on libyaml's event stream (linear in the
/// text, nothing expanded), it refuses the "billion laughs" pattern (aliases of aliases that
/// expand to billions of nodes) and nesting so deep that recursive composing would exhaust
/// the stack, at the alias or collection that crosses the limit, before anything is built.
///
/// Syntax errors are left to the composer, which reports them with its own wording.
enum YAMLSizeCheck {
    /// Nodes a document may have with its aliases and merge keys expanded (see docs/MODELS.md, Limits).
    static let maximumNodes = 1_000_000
    /// Collections nested inside each other (a model needs about 7).
    static let maximumDepth = 64

    /// Why `text` is too large or too deep, located at the first node past the limit; nil when it is within
    /// the limits (or is not valid YAML, which the composer reports).
    static func problem(in text: String) -> (line: Int, column: Int, message: String)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> (line: Int, column: Int, message: String)? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var counter = NodeCounter()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let message = counter.count(event) {
                    return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1, message)
                }
            }
        }
    }

    /// Running totals over the events of one stream.
    struct NodeCounter {
        /// Nodes so far, aliases expanded.
        var total = 0
        /// Expanded size of each anchored node (a later anchor of the same name replaces it).
        var anchors: [String: Int] = [:]
        /// Open collections: the total when each started and its anchor.
        var open: [(start: Int, anchor: String?)] = []

        /// Counts one event; a message when it crosses a limit.
        mutating func count(_ event: yaml_event_t) -> String? {
            switch event.type {
            case YAML_SCALAR_EVENT:
                total += 1
                if let anchor = Self.text(event.data.scalar.anchor) { anchors[anchor] = 1 }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor = Self.text(event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor
                                                                             : event.data.mapping_start.anchor)
                open.append((total, anchor))
                total += 1
                if open.count > YAMLSizeCheck.maximumDepth {
                    return "lists and mappings are nested more than \(YAMLSizeCheck.maximumDepth) deep here; "
                        + "a model needs fewer than 10 levels"
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let (start, anchor) = open.popLast(), let anchor { anchors[anchor] = total - start }
            case YAML_ALIAS_EVENT:
                let name = Self.text(event.data.alias.anchor) ?? ""
                total += anchors[name] ?? 1
                if total > YAMLSizeCheck.maximumNodes {
                    return "the alias *\(name) makes the document larger than \(Describe.number(Double(YAMLSizeCheck.maximumNodes))) "
                        + "values once aliases are expanded (aliases of aliases multiply); write the values out instead"
                }
            default:
                break
            }
            if total > YAMLSizeCheck.maximumNodes {
                return "the document has more than \(Describe.number(Double(YAMLSizeCheck.maximumNodes))) values; "
                    + "put long series in a CSV file (forecast:, staffing:)"
            }
            return nil
        }

        static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }
    }
}
