package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
)

// Llongfile prints the full path runtime.Caller reports: an absolute one in Go.
func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "", log.Llongfile)
	l.Print("long")
	out := buf.String()
	fmt.Println(strings.HasPrefix(out, "/"), strings.HasSuffix(out, "/llongfile_absolute_path.go:14: long\n"))
}
