package main

import "fmt"

type Tree []Tree

type Node struct {
	Name     string
	_        int
	Children []*Node
	Parent   *Node
}

func (n *Node) Add(name string) *Node {
	c := &Node{Name: name, Parent: n}
	n.Children = append(n.Children, c)
	return c
}

func (n *Node) Path() string {
	if n.Parent == nil {
		return n.Name
	}
	return n.Parent.Path() + "/" + n.Name
}

func depth(t Tree) int {
	d := 0
	for _, c := range t {
		if x := depth(c) + 1; x > d {
			d = x
		}
	}
	return d
}

func main() {
	root := &Node{Name: "root"}
	leaf := root.Add("a").Add("b")
	root.Add("c")
	fmt.Println(leaf.Path(), len(root.Children))
	t := Tree{Tree{}, Tree{Tree{Tree{}}}}
	fmt.Println(depth(t), len(t), t)
}
