package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "item%d", i)
	}
	sb.WriteByte('.')
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.WriteString("again")
	fmt.Println(sb.String())
	var b2 strings.Builder
	b2.Write([]byte("bytes"))
	fmt.Println(b2.String())
}
