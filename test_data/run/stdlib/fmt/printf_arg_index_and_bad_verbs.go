package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[0]d %[-1]d %[x]d %[1\n", 1)
	fmt.Printf("%[1]d %d %d\n", 1, 2)
	fmt.Printf("%[2]d\n", 1, 2, 3)
	fmt.Printf("%d\n", 1, 2, "x", nil)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%z %z\n", 1, "s")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-", 1)
	fmt.Println()
	fmt.Printf("%.", 1)
	fmt.Println()
	fmt.Printf("%*d %.*d\n", "x", 1, 2.5, 2)
	fmt.Printf("%*d|%-*d|\n", -5, 1, 3, 2)
	fmt.Printf("%.*d|\n", -3, 7)
	fmt.Printf("%*d\n", 10000000, 1)
	fmt.Printf("%d %s %v\n", nil, nil, nil)
	fmt.Printf("%T %T %T %T\n", nil, 1, "s", []any{nil})
	fmt.Printf("%s\n", []any{1, "a", nil, 2.5})
	fmt.Printf("%d\n", []any{1, "a", nil})
	fmt.Printf("%t %x\n", "s", true)
	fmt.Printf("%%d %%%d\n", 5)
	fmt.Printf("%5%|%-5%|%05%\n")
	fmt.Printf("%v %v\n", struct{ a, b int }{1, 2}, struct{}{})
	fmt.Printf("%s\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%[1]v %[1]T\n", 3.5)
	fmt.Printf("%[2]v %v %v\n", 1, 2, 3)
	fmt.Printf("%ä|%☺\n", 1, 2)
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%.3[2]d|%[1]*d\n", 4, 5)
}
