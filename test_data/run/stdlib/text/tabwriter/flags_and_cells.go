// text/tabwriter: padding, minimum widths, AlignRight, Debug's column bars, FilterHTML and StripEscape cells,
// DiscardEmptyColumns, TabIndent, multi-byte text, and Flush in the middle of a column block.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func show(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, minwidth, tabwidth, padding, padchar, flags)
	fmt.Fprint(w, text)
	if err := w.Flush(); err != nil {
		fmt.Println("flush error:", err)
	}
	fmt.Printf("== %s\n%s", name, strings.ReplaceAll(b.String(), "\t", "<TAB>"))
}

func main() {
	table := "name\tqty\tprice\nwidget\t3\t1.50\ngizmo, large\t12\t100.00\nnut\t1000\t0.01\n"
	show("plain", 0, 8, 1, ' ', 0, table)
	show("min width 10, dots", 10, 8, 0, '.', 0, table)
	show("align right + debug", 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug, table)
	show("tab padding", 0, 8, 1, '\t', 0, table)
	show("tab indent", 0, 4, 1, '-', tabwriter.TabIndent, "\t\tindented\tx\n\tone\ty\n")
	show("discard empty columns", 0, 8, 1, '_', tabwriter.DiscardEmptyColumns, "a\t\tb\nc\t\td\n")
	show("filter html", 0, 8, 1, '.', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tx\nplain\ty\tz\n")
	show("escaped cells", 0, 8, 1, '.', 0, "\xffa\tb\xff\tc\nd\te\n")
	show("strip escape", 0, 8, 1, '.', tabwriter.StripEscape, "\xffa\tb\xff\tc\nd\te\n")
	show("unicode widths", 0, 8, 1, '.', 0, "héllo\twörld\n日本語\tx\nab\tc\n")
	show("cells ended by vertical tab and form feed", 0, 8, 1, '.', 0, "a\vbb\vccc\nd\fee\tf\n")

	// Flush between two blocks starts a new column block.
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', 0)
	fmt.Println("== two blocks")
	fmt.Fprintln(w, "x\ty")
	fmt.Fprintln(w, "longer cell\ty")
	w.Flush()
	fmt.Fprintln(w, "x\ty")
	w.Flush()
}
