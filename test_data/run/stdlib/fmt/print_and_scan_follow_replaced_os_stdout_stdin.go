package main

// fmt.Print/Println/Printf write to os.Stdout and fmt.Scan/Scanln/Scanf read os.Stdin, whatever a program has
// assigned to them.

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.Create("captured.txt")
	if err != nil {
		panic(err)
	}
	saved := os.Stdout
	os.Stdout = f
	n1, err1 := fmt.Println("captured", 1)
	n2, err2 := fmt.Printf("captured %d|%5.1f|\n", 2, 3.25)
	n3, err3 := fmt.Print("captured", 3, "\n")
	os.Stdout = saved
	f.Close()
	fmt.Println("results:", n1, err1, n2, err2, n3, err3)
	data, err := os.ReadFile("captured.txt")
	fmt.Printf("file: %q %v\n", data, err)

	os.Stdout = nil
	n, err := fmt.Println("lost")
	os.Stdout = saved
	fmt.Println("nil stdout:", n, err)

	if err := os.WriteFile("input.txt", []byte("7 eight\n9 10\nword 11\n12"), 0o644); err != nil {
		panic(err)
	}
	in, err := os.Open("input.txt")
	if err != nil {
		panic(err)
	}
	os.Stdin = in
	var a, b int
	var s string
	n, err = fmt.Scan(&a, &s)
	fmt.Println("Scan:", n, err, a, s)
	n, err = fmt.Scanln(&a, &b)
	fmt.Println("Scanln:", n, err, a, b)
	n, err = fmt.Scanf("%s %d\n", &s, &a)
	fmt.Println("Scanf:", n, err, s, a)
	n, err = fmt.Scan(&a)
	fmt.Println("Scan:", n, err, a)
	n, err = fmt.Scan(&a)
	fmt.Println("Scan at end:", n, err)
	in.Close()
}
