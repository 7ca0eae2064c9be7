package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Fprint(&sb, "a", 1)
	fmt.Fprintln(&sb, " line")
	fmt.Fprintf(&sb, "%03d", 7)
	fmt.Println(sb.String())
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "%s\n", "formatted stdout")
}
