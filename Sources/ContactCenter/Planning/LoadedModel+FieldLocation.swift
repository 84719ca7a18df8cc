extension LoadedModel {
    /// Where the value at the dotted `path` (`channels.email.service_level`) is written: at the last
    /// scenario `set` or `--set` that wrote it (or a mapping holding it), else in this file, else in
    /// the model file at the root of its `base:` chain; the root model file alone when none has the
    /// key. For messages about a value that only a later stage (the staffing planner) finds wrong, so
    /// they still name FILE:LINE:COLUMN and the field, where the planner wrote it.
    public func location(of path: String) -> SourceLocation {
        let keys = ParameterNode.components(of: path)
        for count in stride(from: keys.count, through: 1, by: -1) {
            if let location = written[keys.prefix(count).joined(separator: ".")] { return location }
        }
        for file in [self.path, rootModel] {
            if case let .success(root) = ParameterFile.read(path: file), let node = root.node(at: keys) {
                return node.location
            }
        }
        return SourceLocation(file: rootModel)
    }

    /// A problem with the value at the dotted `path`, located where it is written and prefixed with the path.
    public func issue(at path: String, _ message: String) -> FileIssue {
        let location = location(of: path)
        return FileIssue(file: location.file, line: location.line, column: location.column, message: "\(path): \(message)")
    }
}
