package main

import "fmt"

type box struct{ v []int }

func (b *box) String() string { return fmt.Sprint("box", b.v) }

func makeClosures(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		data := make([]int, 10)
		data[9] = i
		fs = append(fs, func() int { return data[9] })
	}
	return fs
}

func main() {
	var items []interface{}
	for i := 0; i < 100; i++ {
		items = append(items, &box{[]int{i, i + 1}}, fmt.Sprint("s", i), [3]int{i, i, i}, float64(i)/2)
	}
	fs := makeClosures(100)
	for i := 0; i < 1000; i++ {
		_ = make([]*box, 4)
	}
	fmt.Println(items[0], items[1], items[2], items[3])
	fmt.Println(items[396], items[397], items[398], items[399])
	t := 0
	for _, f := range fs {
		t += f()
	}
	fmt.Println(t)
}
