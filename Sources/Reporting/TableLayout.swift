/// Lays out a `DataTable` for a terminal of a given width.
///
/// A table that fits is written as it always was: one header line, dashes, one line per row,
/// columns two spaces apart. One that does not is made to fit, in this order, keeping every
/// value on one line as long as possible:
/// 1. column titles wrap onto several header lines (the widest titles first);
/// 2. columns are one space apart (only when no cell has a space, which would then read as a gap);
/// 3. the table is split into parts, one after the other, each repeating the key columns (the
///    leading columns that name a row) and taking as many of the other columns as fit;
/// 4. only a column too wide on its own (a long text) wraps its cells.
struct TableLayout {
    var titles: [String]
    var cells: [[String]]
    var numeric: [[Bool]]
    /// Leading columns repeated in every part (nil: the leading text columns).
    var keyColumns: Int?

    /// Columns whose titles are right-aligned: those with a number in some row.
    var numericColumns: [Bool] {
        titles.indices.map { i in !cells.isEmpty && numeric.contains { i < $0.count && $0[i] } }
    }

    func cell(_ row: Int, _ column: Int) -> String { column < cells[row].count ? cells[row][column] : "" }

    /// The widest cell of each column.
    var cellWidths: [Int] { titles.indices.map { i in cells.indices.map { cell($0, i).count }.max() ?? 0 } }

    func render(width: Int) -> String {
        let all = Array(titles.indices)
        let natural = titles.indices.map { max(titles[$0].count, cellWidths[$0]) }
        if total(natural, all, gap: 2) <= width { return lines(all, widths: natural, gap: 2).joined(separator: "\n") + "\n" }
        let spaced = cells.contains { row in row.contains { $0.contains(" ") } }
        for gap in spaced ? [2] : [2, 1] {
            let narrowed = narrow(all, to: width, gap: gap)
            if total(narrowed, all, gap: gap) <= width { return lines(all, widths: narrowed, gap: gap).joined(separator: "\n") + "\n" }
        }
        return parts(width: width).map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
    }

    /// Total width of `columns` with `gap` spaces between them.
    func total(_ widths: [Int], _ columns: [Int], gap: Int) -> Int {
        columns.map { widths[$0] }.reduce(0, +) + gap * max(0, columns.count - 1)
    }

    /// The narrowest a column gets without wrapping a cell: its widest cell or the longest word of its title.
    func minimumWidth(_ i: Int) -> Int {
        max(cellWidths[i], titles[i].split(separator: " ").map(\.count).max() ?? 0, 1)
    }

    /// Widths for `columns` that wrap titles, widest savings first, until the columns fit `width` (or cannot shrink).
    func narrow(_ columns: [Int], to width: Int, gap: Int) -> [Int] {
        var widths = titles.indices.map { max(titles[$0].count, cellWidths[$0], 1) }
        for i in columns.sorted(by: { widths[$0] - minimumWidth($0) > widths[$1] - minimumWidth($1) }) {
            let excess = total(widths, columns, gap: gap) - width
            guard excess > 0 else { break }
            let target = max(minimumWidth(i), widths[i] - excess)
            let wrapped = TextLayout.wrap(titles[i], width: target).map(\.count).max() ?? 0
            widths[i] = max(cellWidths[i], wrapped, 1)
        }
        return widths
    }

    /// The leading columns that name a row: `keyColumns` when given, else the leading text
    /// columns (at least one, never all).
    var keys: [Int] {
        if let keyColumns { return Array(titles.indices.prefix(max(0, keyColumns))) }
        let text = titles.indices.prefix { i in !numeric.contains { i < $0.count && $0[i] } }
        return Array(titles.indices.prefix(max(1, text.count < titles.count ? text.count : 1)))
    }

    /// The table as several parts, each the key columns plus as many other columns as fit.
    func parts(width: Int) -> [[String]] {
        var keys = self.keys
        let compact = titles.indices.map(minimumWidth)
        while !keys.isEmpty && total(compact, keys, gap: 2) > width / 2 { keys.removeLast() }
        let rest = titles.indices.filter { !keys.contains($0) }
        var groups: [[Int]] = []
        for i in rest {
            if let last = groups.last, total(compact, keys + last + [i], gap: 2) <= width {
                groups[groups.count - 1].append(i)
            } else {
                groups.append([i])
            }
        }
        if groups.isEmpty { groups = [[]] }
        return groups.map { group in
            let columns = keys + group
            var widths = narrow(columns, to: width, gap: 2)
            // A column too wide on its own: its cells wrap into what is left.
            let overflow = total(widths, columns, gap: 2) - width
            if overflow > 0, let widest = (group.isEmpty ? keys : group).max(by: { widths[$0] < widths[$1] }) {
                widths[widest] = max(1, widths[widest] - overflow)
            }
            return lines(columns, widths: widths, gap: 2)
        }
    }

    /// Header lines (titles wrapped, bottom-aligned), dashes, then the rows (cells wrapped when wider than their column).
    func lines(_ columns: [Int], widths: [Int], gap: Int) -> [String] {
        let separator = String(repeating: " ", count: gap)
        let rightAligned = numericColumns
        func join(_ parts: [(text: String, width: Int, right: Bool)]) -> String {
            parts.map { part in
                let pad = String(repeating: " ", count: max(0, part.width - part.text.count))
                return part.right ? pad + part.text : part.text + pad
            }.joined(separator: separator).trimmingTrailingSpaces()
        }
        let header = columns.map { TextLayout.wrap(titles[$0], width: widths[$0]) }
        let height = header.map(\.count).max() ?? 1
        var out: [String] = (0..<height).map { line in
            join(zip(columns, header).map { i, title in
                let k = line - (height - title.count)
                return (k >= 0 ? title[k] : "", widths[i], rightAligned[i])
            })
        }
        out.append(columns.map { String(repeating: "-", count: widths[$0]) }.joined(separator: separator))
        for r in cells.indices {
            let wrapped = columns.map { i in
                cell(r, i).count <= widths[i] ? [cell(r, i)] : TextLayout.wrap(cell(r, i), width: widths[i])
            }
            for line in 0..<(wrapped.map(\.count).max() ?? 1) {
                out.append(join(zip(columns, wrapped).map { i, parts in
                    (line < parts.count ? parts[line] : "", widths[i], i < numeric[r].count && numeric[r][i])
                }))
            }
        }
        return out
    }
}
